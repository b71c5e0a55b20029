package dev.greenshift.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The diff and apply commands as a user runs them, on a small project under target/. */
class DiffAndApplyTest {
    private static final String SPAWNS = "import eventlet\n\n\ndef run(job):\n    eventlet.spawn(job, 1)\n    eventlet.sleep(0.5)\n";
    private static final String PLAIN = "import os\n\nprint(os.getcwd())\n";

    private Path work;

    @BeforeEach
    void createProject() throws IOException {
        Path base = Path.of("target", "test-work");
        Files.createDirectories(base);
        work = Files.createTempDirectory(base, "project");
        Files.createDirectories(work.resolve("pkg"));
        Files.writeString(work.resolve("pkg/spawns.py"), SPAWNS);
        Files.writeString(work.resolve("pkg/plain.py"), PLAIN);
        Files.writeString(work.resolve("crlf.py"), "import eventlet\r\n\r\neventlet.sleep(1)\r\n");
    }

    @AfterEach
    void removeProject() throws IOException {
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void diffPrintsAUnifiedDiffAndWritesNothing() throws IOException {
        CliRun run = CliRun.of("diff", "--color", "never", work.toString());
        assertEquals(0, run.exit(), run.err());
        String rel = work.toString().replace('\\', '/');
        assertTrue(run.out().contains("--- a/" + rel + "/pkg/spawns.py\n+++ b/" + rel + "/pkg/spawns.py\n"), run.out());
        assertTrue(run.out().contains("+    threading.Thread(target=job, args=(1,), daemon=True).start()\n"), run.out());
        assertFalse(run.out().contains("plain.py"), "unchanged files are not in the diff");
        assertEquals(SPAWNS, Files.readString(work.resolve("pkg/spawns.py")));
        assertTrue(run.err().contains("3 files scanned, 2 would change, 3 edits (eventlet-sleep: 2, eventlet-spawn: 1)"), run.err());
    }

    @Test
    void theSummarySaysPerFileHowEachEventletUseEnded() throws IOException {
        Files.writeString(work.resolve("pkg/version.py"), "import eventlet\n\nprint(eventlet.__version__)\neventlet.sleep(0)\n");
        CliRun run = CliRun.of("diff", "--world", "patched", work.toString());
        String rel = work.toString().replace('\\', '/');
        assertTrue(run.err().contains(rel + "/pkg/spawns.py: 2 Eventlet uses: 2 rewritten, 0 reported\n"), run.err());
        assertTrue(run.err().contains(rel + "/pkg/version.py:3:7: flag leftover: left: eventlet.__version__, no recipe covers this use"), run.err());
        assertTrue(run.err().contains(rel + "/pkg/version.py: 2 Eventlet uses: 1 rewritten, 1 reported\n"), run.err());
        assertFalse(run.err().contains("plain.py: "), run.err());
        assertTrue(run.err().contains(", 5 Eventlet uses: 4 rewritten, 1 reported, worlds:"), run.err());
    }

    @Test
    void gitAppliesTheDiffToTheSameResultAsApply() throws Exception {
        assumeTrue(commandExists("git"), "git is not installed");
        CliRun diff = CliRun.of("diff", "--color", "never", work.toString());
        Path patch = work.resolve("changes.patch");
        Files.writeString(patch, diff.out());
        Path copy = Files.createTempDirectory(Path.of("target", "test-work"), "copy");
        Path copied = copy.resolve(work.toString());
        copyTree(work, copied);
        Process git = new ProcessBuilder("git", "apply", "--unsafe-paths", "--directory=" + copy, patch.toAbsolutePath().toString())
                .redirectErrorStream(true).start();
        String gitOut = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, git.waitFor(), gitOut);
        assertEquals(0, CliRun.of("apply", work.toString()).exit());
        for (String f : new String[] {"pkg/spawns.py", "pkg/plain.py", "crlf.py"}) {
            assertArrayEquals(Files.readAllBytes(work.resolve(f)), Files.readAllBytes(copied.resolve(f)), f);
        }
    }

    @Test
    void checkExitsOneWhenSomethingWouldChangeAndZeroWhenNothingWould() {
        assertEquals(1, CliRun.of("diff", "--check", work.toString()).exit());
        assertEquals(0, CliRun.of("diff", "--check", work.resolve("pkg/plain.py").toString()).exit());
    }

    @Test
    void applyKeepsPermissionsLineEndingsAndUntouchedFilesExactly() throws IOException {
        Path spawns = work.resolve("pkg/spawns.py");
        Files.setPosixFilePermissions(spawns, PosixFilePermissions.fromString("rwxr-x---"));
        FileTime plainTime = FileTime.fromMillis(1_000_000_000L);
        Files.setLastModifiedTime(work.resolve("pkg/plain.py"), plainTime);
        CliRun run = CliRun.of("apply", work.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(spawns)));
        assertEquals("import time\r\n\r\ntime.sleep(1)\r\n", Files.readString(work.resolve("crlf.py")));
        assertEquals(PLAIN, Files.readString(work.resolve("pkg/plain.py")));
        assertEquals(plainTime, Files.getLastModifiedTime(work.resolve("pkg/plain.py")), "an untouched file is not rewritten");
        try (Stream<Path> files = Files.list(work.resolve("pkg"))) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temp file is left behind");
        }
        assertEquals(0, CliRun.of("diff", "--check", work.toString()).exit(), "a second run finds nothing to do");
    }

    @Test
    void badFilesAreReportedAndTheOthersStillProcessed() throws IOException {
        Files.write(work.resolve("latin.py"), new byte[] {'x', ' ', '=', ' ', '"', (byte) 0xE9, '"', '\n'});
        Path binary = work.resolve("binary.py");
        Files.write(binary, new byte[] {0, 1, 2, 3});
        CliRun run = CliRun.of("apply", work.toString(), binary.toString());
        assertEquals(3, run.exit(), run.err());
        assertTrue(run.err().contains("latin.py: error: invalid UTF-8 at 1:5"), run.err());
        assertTrue(run.err().contains("binary.py: error: binary file"), run.err());
        assertTrue(Files.readString(work.resolve("pkg/spawns.py")).contains("threading.Thread"), "good files are still rewritten");
    }

    @Test
    void aRewriteThatNoLongerCompilesIsNotWritten() throws IOException {
        assumeTrue(commandExists("python3"), "python3 is not installed");
        Path rules = work.resolve("rules/broken");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("broken.recipe"), "recipe break-sleep {\n  summary \"breaks code\"\n  category green-threads\n"
                + "  safety safe\n  match call `eventlet.sleep($s)` -> `del $s`\n}\n");
        Path file = work.resolve("assign.py");
        Files.writeString(file, "import eventlet\nx = eventlet.sleep(1)\n");
        CliRun run = CliRun.of("apply", "--no-bundled", "--rules", work.resolve("rules").toString(), file.toString());
        assertEquals(3, run.exit(), run.err());
        assertTrue(run.err().contains("engine error: the rewritten file does not compile"), run.err());
        assertEquals("import eventlet\nx = eventlet.sleep(1)\n", Files.readString(file));
    }

    @Test
    void colourFollowsTheColorOption() {
        assertTrue(CliRun.of("diff", "--color", "always", work.toString()).out().contains("\u001b[32m+"));
        assertFalse(CliRun.of("diff", "--color", "never", work.toString()).out().contains("\u001b["));
    }

    @Test
    void unknownOptionsAreUsageErrors() {
        CliRun run = CliRun.of("diff", "--no-such-flag", work.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("Unknown option"), run.err());
    }

    @Test
    void malformedRecipesStopTheRunWithTheirPosition() throws IOException {
        Path rules = work.resolve("rules/mine");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("bad.recipe"), "recipe oops {\n  summary \"x\"\n  safety sure\n}\n");
        CliRun run = CliRun.of("diff", "--rules", work.resolve("rules").toString(), work.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("bad.recipe:3:10: unknown safety 'sure'"), run.err());
    }

    @Test
    void theRequirementGoesWhenNoCodeImportsEventletAnyMore() throws IOException {
        Path requirements = work.resolve("requirements.txt");
        Files.writeString(requirements, "pbr>=2.0\neventlet>=0.33.0  # green threads\neventlet-stubs\nrequests\n");
        CliRun run = CliRun.of("apply", work.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("pbr>=2.0\neventlet-stubs\nrequests\n", Files.readString(requirements));
    }

    @Test
    void theRequirementStaysAndIsReportedWhileCodeStillImportsEventlet() throws IOException {
        Path requirements = work.resolve("requirements.txt");
        Files.writeString(requirements, "eventlet\n");
        Files.writeString(work.resolve("pkg/timeouts.py"), "import eventlet\n\nwith eventlet.Timeout(1):\n    pass\n");
        CliRun run = CliRun.of("apply", work.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("eventlet\n", Files.readString(requirements));
        assertTrue(run.err().contains("requirements.txt:1:1: flag requirements: eventlet is still imported by 1 file(s): requirement kept"), run.err());
    }

    private static boolean commandExists(String name) {
        for (String dir : System.getenv("PATH").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, name))) {
                return true;
            }
        }
        return false;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
