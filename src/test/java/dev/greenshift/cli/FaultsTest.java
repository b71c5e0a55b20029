package dev.greenshift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Faults injected one at a time: each must cost only the path it hits, end in a message naming
 * that path and a non-zero exit, and never leave a file half-written or a temp file behind.
 */
class FaultsTest {
    private static final String SPAWNS = "import eventlet\n\n\ndef run(job):\n    eventlet.spawn(job, 1)\n    eventlet.sleep(0.5)\n";
    private static final String SLEEPS = "import eventlet\n\neventlet.sleep(1)\n";

    private Path work;

    @BeforeEach
    void createProject() throws IOException {
        Files.createDirectories(Path.of("target", "test-work"));
        work = Files.createTempDirectory(Path.of("target", "test-work"), "faults").toAbsolutePath();
        Files.writeString(work.resolve("spawns.py"), SPAWNS);
    }

    @AfterEach
    void removeProject() throws Exception {
        run("chattr", "-R", "-i", work.toString());
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                p.toFile().setWritable(true);
                p.toFile().delete();
            });
        }
    }

    private static int run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private List<String> tempFiles() throws IOException {
        try (Stream<Path> files = Files.walk(work)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".greenshift.tmp")).toList();
        }
    }

    @Test
    void aFifoNamedOnTheCommandLineIsReportedAndTheOtherFilesAreStillRewritten() {
        Path fifo = work.resolve("pipe.py");
        assumeTrue(run("mkfifo", fifo.toString()) == 0, "mkfifo is not available");
        CliRun diff = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> CliRun.of("diff", "--no-verify", fifo.toString(), work.resolve("spawns.py").toString()));
        assertEquals(3, diff.exit(), diff.err());
        assertTrue(diff.err().contains("pipe.py: error: not a regular file (a device, FIFO or socket)"), diff.err());
        assertTrue(diff.out().contains("+    threading.Thread(target=job, args=(1,), daemon=True).start()"), diff.out());
    }

    @Test
    void aFifoNamedLikeARecipeIsALoadErrorNotAHang() throws IOException {
        Path pack = Files.createDirectories(work.resolve("rules/mine"));
        assumeTrue(run("mkfifo", pack.resolve("block.recipe").toString()) == 0, "mkfifo is not available");
        CliRun diff = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> CliRun.of("diff", "--rules", work.resolve("rules").toString(), work.resolve("spawns.py").toString()));
        assertEquals(2, diff.exit(), diff.err());
        assertTrue(diff.err().contains("block.recipe: not a regular file"), diff.err());
    }

    @Test
    void devZeroIsRefusedInsteadOfFillingTheHeap() {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        CliRun diff = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CliRun.of("diff", "/dev/zero", work.toString()));
        assertEquals(3, diff.exit(), diff.err());
        assertTrue(diff.err().contains("/dev/zero: error: not a regular file"), diff.err());
        assertTrue(diff.out().contains("spawns.py"), "the other path is still processed");
    }

    @Test
    void anUnlistableSubdirectoryIsOneErrorAndItsSiblingsAreStillProcessed() throws IOException {
        Path locked = Files.createDirectories(work.resolve("a_locked"));
        Files.writeString(work.resolve("z_after.py"), SLEEPS);
        Files.writeString(Files.createDirectories(work.resolve("requirements")).resolve("requirements.txt"), "eventlet\n");
        locked.toFile().setReadable(false);
        locked.toFile().setExecutable(false);
        try {
            assumeTrue(!Files.isReadable(locked), "running as root: permissions do not lock a directory");
            CliRun diff = CliRun.of("diff", "--no-verify", work.toString());
            assertEquals(3, diff.exit(), diff.err());
            assertTrue(diff.err().contains("a_locked: error: cannot list: permission denied"), diff.err());
            assertTrue(diff.out().contains("z_after.py") && diff.out().contains("spawns.py"), diff.out());
        } finally {
            locked.toFile().setReadable(true);
            locked.toFile().setExecutable(true);
        }
    }

    /** A directory that cannot take the temp file: chmod for users, the immutable attribute for root. */
    private boolean makeReadOnly(Path dir) {
        if (isRoot()) {
            return run("chattr", "+i", dir.toString()) == 0;
        }
        return dir.toFile().setWritable(false);
    }

    @Test
    void aFileInAReadOnlyDirectoryIsAnErrorNotARewrite() throws IOException {
        Path ro = Files.createDirectories(work.resolve("ro"));
        Files.writeString(ro.resolve("sleeps.py"), SLEEPS);
        assumeTrue(makeReadOnly(ro), "cannot make a read-only directory here");
        try {
            CliRun apply = CliRun.of("apply", "--no-verify", work.toString());
            assertEquals(3, apply.exit(), apply.err());
            assertTrue(apply.err().contains("ro/sleeps.py: error: cannot write: "), apply.err());
            assertTrue(apply.err().contains("1 rewritten") && apply.err().contains("1 errors"), apply.err());
            assertFalse(apply.err().contains("rewrote " + "ro/sleeps.py"), apply.err());
            assertEquals(SLEEPS, Files.readString(ro.resolve("sleeps.py")));
            assertTrue(Files.readString(work.resolve("spawns.py")).contains("threading.Thread"), "the other file is written");
        } finally {
            run("chattr", "-i", ro.toString());
            ro.toFile().setWritable(true);
        }
    }

    @Test
    void aFullDiskIsAnErrorAndLeavesTheOldFileAndNoTempFile() throws IOException {
        assumeTrue(isRoot(), "mounting a small file system needs root");
        Path small = Files.createDirectories(work.resolve("small"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", small.toString()) == 0, "cannot mount tmpfs here");
        try {
            String big = SLEEPS + "# " + "x".repeat(40_000) + "\n";
            Files.writeString(small.resolve("big.py"), big);
            CliRun apply = CliRun.of("apply", "--no-verify", small.toString());
            assertEquals(3, apply.exit(), apply.err());
            assertTrue(apply.err().contains("big.py: error: cannot write: "), apply.err());
            assertTrue(apply.err().contains("0 rewritten"), apply.err());
            assertEquals(big, Files.readString(small.resolve("big.py")));
            assertEquals(List.of(), tempFiles());
        } finally {
            run("umount", small.toString());
        }
    }

    @Test
    void auditOfAPathThatDoesNotExistFailsWithAMessage() {
        CliRun audit = CliRun.of("audit", work.resolve("nope").toString(), "--fail-on", "any");
        assertEquals(2, audit.exit());
        assertTrue(audit.err().contains("nope: no such file or directory"), audit.err());
    }

    @Test
    void aSymbolicLinkToADirectoryIsScanned() throws IOException {
        Path link = Files.createSymbolicLink(work.resolve("linked"), work.resolve("spawns.py").getParent().resolve("real"));
        Files.createDirectories(work.resolve("real"));
        Files.writeString(work.resolve("real/sleeps.py"), SLEEPS);
        CliRun diff = CliRun.of("diff", "--no-verify", link.toString());
        assertEquals(0, diff.exit(), diff.err());
        assertTrue(diff.out().contains("linked/sleeps.py"), diff.out());
        assertTrue(diff.err().contains("1 files scanned, 1 would change"), diff.err());
    }

    @Test
    void pythonWarningsDoNotConfuseTheCompileCheck() throws IOException {
        Files.writeString(work.resolve("warns.py"), "import eventlet\nx = 1\nif x is 1:\n    eventlet.sleep(1)\nr = \"\\d+\"\n");
        CliRun diff = CliRun.of("diff", work.toString());
        assertEquals(0, diff.exit(), diff.err());
        assertTrue(diff.out().contains("+    time.sleep(1)"), diff.out());
        assumeTrue(dev.greenshift.verify.PythonCompiler.find() != null, "python3 is not installed");
        assertFalse(diff.err().contains("not verified"), diff.err());
    }

    @Test
    void aKillDuringALargeApplyLeavesEveryFileOldOrNewAndTheNextRunRemovesTempFiles() throws Exception {
        int count = 150;
        Path pkg = Files.createDirectories(work.resolve("many"));
        String before = SLEEPS + "# padding\n".repeat(200);
        String after = before.replace("import eventlet", "import time").replace("eventlet.sleep", "time.sleep");
        for (String signal : new String[] {"TERM", "INT", "KILL"}) {
            for (int i = 0; i < count; i++) {
                Files.writeString(pkg.resolve("m" + i + ".py"), before);
            }
            Process p = new ProcessBuilder(javaCommand("apply", "--no-verify", pkg.toString()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            // Files are written in path order: m0.py first. Kill as soon as the writing has begun.
            while (p.isAlive() && Files.readString(pkg.resolve("m0.py")).equals(before) && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            run("kill", "-" + signal, String.valueOf(p.pid()));
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            int rewritten = 0;
            for (int i = 0; i < count; i++) {
                String now = Files.readString(pkg.resolve("m" + i + ".py"));
                assertTrue(now.equals(before) || now.equals(after), "m" + i + ".py is neither old nor new after SIG" + signal);
                rewritten += now.equals(after) ? 1 : 0;
            }
            assertTrue(rewritten > 0, "the kill came after the writing began");
            if (!signal.equals("KILL")) {
                assertEquals(List.of(), tempFiles(), "the shutdown hook removes the temp files on SIG" + signal);
            }
        }
        CliRun again = CliRun.of("apply", "--no-verify", pkg.toString());
        assertEquals(0, again.exit(), again.err());
        assertEquals(List.of(), tempFiles(), "the next run removes what SIGKILL left");
        for (int i = 0; i < count; i++) {
            assertEquals(after, Files.readString(pkg.resolve("m" + i + ".py")));
        }
    }

    private static List<String> javaCommand(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xss8m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "dev.greenshift.cli.Main"));
        command.addAll(List.of(args));
        return command;
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
