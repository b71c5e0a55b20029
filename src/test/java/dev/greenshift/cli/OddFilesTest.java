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
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Files real trees hold and tools trip on: odd names, old Mac line endings, BOMs, 250-byte names. */
class OddFilesTest {
    private static final String SLEEPS = "import eventlet\n\neventlet.sleep(1)\n";

    private Path work;

    @BeforeEach
    void createProject() throws IOException {
        Files.createDirectories(Path.of("target", "test-work"));
        work = Files.createTempDirectory(Path.of("target", "test-work"), "odd");
    }

    @AfterEach
    void removeProject() throws IOException {
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static boolean gitInstalled() {
        try {
            return new ProcessBuilder("git", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void gitAppliesTheDiffOfOddNamesAndLoneCarriageReturnsAsApplyWritesThem() throws Exception {
        assumeTrue(gitInstalled(), "git is not installed");
        List<String> names = List.of("tab\there.py", "new\nline.py", "back\\slash.py", "quo\"te.py", "mac.py", "crlf.py");
        for (String name : names) {
            Files.writeString(work.resolve(name), SLEEPS);
        }
        Files.writeString(work.resolve("mac.py"), "import eventlet\r\reventlet.sleep(1)\rx = 1\r");
        Files.writeString(work.resolve("crlf.py"), "import eventlet\r\n\r\neventlet.sleep(1)\r\n");
        CliRun diff = CliRun.of("diff", "--no-verify", "--color", "never", work.toString());
        assertEquals(0, diff.exit(), diff.err());
        assertTrue(diff.out().contains("--- \"a/" + work + "/tab\\there.py\""), diff.out());
        assertTrue(diff.out().contains("+++ \"b/" + work + "/back\\\\slash.py\""), diff.out());
        Path patch = Files.writeString(work.resolve("changes.patch"), diff.out());
        Path copy = Files.createTempDirectory(Path.of("target", "test-work"), "odd-copy");
        Path copied = Files.createDirectories(copy.resolve(work.toString()));
        for (String name : names) {
            Files.copy(work.resolve(name), copied.resolve(name));
        }
        Process git = new ProcessBuilder("git", "apply", "--unsafe-paths", "--directory=" + copy, patch.toAbsolutePath().toString())
                .redirectErrorStream(true).start();
        String gitOut = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, git.waitFor(), gitOut + "\n" + diff.out());
        assertEquals(0, CliRun.of("apply", "--no-verify", work.toString()).exit());
        for (String name : names) {
            assertArrayEquals(Files.readAllBytes(work.resolve(name)), Files.readAllBytes(copied.resolve(name)), name);
        }
        assertEquals("import time\r\rtime.sleep(1)\rx = 1\r", Files.readString(work.resolve("mac.py")));
        try (Stream<Path> files = Files.walk(copy)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void aByteOrderMarkStaysAtByteZeroWhenTheImportsChange() throws IOException {
        Path file = Files.writeString(work.resolve("bom.py"), "\uFEFFimport eventlet\n\neventlet.sleep(1)\n");
        CliRun apply = CliRun.of("apply", "--no-verify", file.toString());
        assertEquals(0, apply.exit(), apply.err());
        assertEquals("\uFEFFimport time\n\ntime.sleep(1)\n", Files.readString(file));
    }

    @Test
    void aFileWithA250ByteNameIsApplied() throws IOException {
        Path file = Files.writeString(work.resolve("n".repeat(247) + ".py"), SLEEPS);
        CliRun apply = CliRun.of("apply", "--no-verify", file.toString());
        assertEquals(0, apply.exit(), apply.err());
        assertEquals("import time\n\ntime.sleep(1)\n", Files.readString(file));
        try (Stream<Path> files = Files.list(work)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".greenshift.tmp")));
        }
    }

    @Test
    void escapeSequencesInFileNamesAndCodeNeverReachTheTerminal() throws IOException {
        Path evil = Files.writeString(work.resolve("evil\u001b[2J.py"),
                "import eventlet\n\neventlet.sleep(1)  # \u001b]0;owned\u0007\neventlet.spawn_after(1, print)  # \u001b[2J\n");
        CliRun diff = CliRun.of("diff", "--no-verify", "--color", "never", work.toString());
        assertFalse(diff.err().contains("\u001b"), diff.err());
        assertTrue(diff.err().contains("evil\\x1b[2J.py"), diff.err());
        CliRun audit = CliRun.of("audit", work.toString());
        assertEquals(0, audit.exit(), audit.err());
        assertFalse(audit.out().contains("\u001b") || audit.err().contains("\u001b"), audit.out());
        assertTrue(audit.out().contains("evil\\x1b[2J.py"), audit.out());
        assertTrue(Files.exists(evil));
    }

    @Test
    void aPipeOrHtmlInAPathStaysInsideItsMarkdownTableCell() throws IOException {
        Files.writeString(work.resolve("a|b<img src=x>.py"), "import eventlet\n\neventlet.sleep(1)\n");
        CliRun audit = CliRun.of("audit", "--format", "markdown", work.toString());
        assertEquals(0, audit.exit(), audit.err());
        assertTrue(audit.out().contains("| `a\\|b<img src=x>.py:3:"), audit.out());
        assertFalse(audit.out().contains("| `a|b"), audit.out());
    }
}
