package dev.greenshift.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A diff carries each file's own bytes: git apply takes the diff of a Latin-1 or cp1252 file as it takes a UTF-8 one. */
class DiffBytesTest {
    private static final String LATIN1 = "# -*- coding: latin-1 -*-\nimport eventlet\n\nGREETING = 'caf\u00e9 cr\u00e8me'\n\n\ndef pause():\n    eventlet.sleep(1)  # \u00e0 bient\u00f4t\n";
    private static final String CP1252 = "# coding: cp1252\nimport eventlet\n\nQUOTE = '\u201cquoted\u201d \u20ac'\neventlet.sleep(2)\n";

    private Path work;

    @BeforeEach
    void createFiles() throws IOException {
        Files.createDirectories(Path.of("target", "test-work"));
        work = Files.createTempDirectory(Path.of("target", "test-work"), "bytes");
        Files.write(work.resolve("latin.py"), LATIN1.getBytes(StandardCharsets.ISO_8859_1));
        Files.write(work.resolve("windows.py"), CP1252.getBytes(Charset.forName("windows-1252")));
    }

    @AfterEach
    void removeFiles() throws IOException {
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void changedLinesAreInTheFilesEncodingAndHeadersInUtf8() {
        CliRun diff = CliRun.of("diff", "--no-verify", "--color", "never", work.resolve("latin.py").toString());
        assertEquals(0, diff.exit(), diff.err());
        String asLatin1 = new String(diff.stdout(), StandardCharsets.ISO_8859_1);
        assertTrue(asLatin1.contains("-    eventlet.sleep(1)  # \u00e0 bient\u00f4t\n+    time.sleep(1)  # \u00e0 bient\u00f4t\n"), asLatin1);
    }

    @Test
    void gitApplyAcceptsTheDiffAndGivesWhatApplyWrites() throws Exception {
        assumeTrue(run(Path.of("."), "git", "--version") == 0, "git is not installed");
        CliRun diff = CliRun.of("diff", "--no-verify", "--color", "never", work.toString());
        assertEquals(0, diff.exit(), diff.err());
        Path patch = Files.createTempFile(Path.of("target", "test-work"), "latin", ".patch");
        try {
            Files.write(patch, diff.stdout());
            Path copy = Files.createTempDirectory(Path.of("target", "test-work"), "copy");
            Path copied = copy.resolve(work.toString());
            Files.createDirectories(copied);
            for (String f : new String[] {"latin.py", "windows.py"}) {
                Files.copy(work.resolve(f), copied.resolve(f));
            }
            String dir = "--directory=" + copy;
            assertEquals(0, run(Path.of("."), "git", "apply", "--check", "--unsafe-paths", dir, patch.toAbsolutePath().toString()),
                    "git apply --check rejects the diff");
            assertEquals(0, run(Path.of("."), "git", "apply", "--unsafe-paths", dir, patch.toAbsolutePath().toString()));
            assertEquals(0, CliRun.of("apply", "--no-verify", work.toString()).exit());
            for (String f : new String[] {"latin.py", "windows.py"}) {
                assertArrayEquals(Files.readAllBytes(work.resolve(f)), Files.readAllBytes(copied.resolve(f)), f);
            }
            assertTrue(new String(Files.readAllBytes(work.resolve("windows.py")), Charset.forName("windows-1252"))
                    .contains("QUOTE = '\u201cquoted\u201d \u20ac'\ntime.sleep(2)\n"));
        } finally {
            Files.deleteIfExists(patch);
        }
    }

    private static int run(Path dir, String... command) throws Exception {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = p.waitFor();
            if (exit != 0) {
                System.err.println(out);
            }
            return exit;
        } catch (IOException e) {
            return -1;
        }
    }
}
