package dev.greenshift.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.greenshift.cli.Main;
import dev.greenshift.lex.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `greenshift roundtrip DIR` end to end: what it prints per file, its summary line, its exit code. */
class RoundtripCommandTest {
    private static final Pattern SUMMARY =
            Pattern.compile("roundtrip: (\\d+) files, (\\d+) mismatches, (\\d+) unreadable, \\d+\\.\\d MB in \\d+\\.\\d s");

    private record Run(int exitCode, List<String> lines) {
        String summary() {
            return lines.get(lines.size() - 1);
        }
    }

    private static Run roundtrip(Path dir) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            code = Main.run("roundtrip", dir.toString());
        } finally {
            System.setOut(original);
        }
        return new Run(code, captured.toString(StandardCharsets.UTF_8).lines().toList());
    }

    private static void assertSummary(Run run, int files, int mismatches, int unreadable) {
        var m = SUMMARY.matcher(run.summary());
        assertTrue(m.matches(), "summary line: " + run.summary());
        assertEquals(List.of(files, mismatches, unreadable),
                List.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))), run.summary());
    }

    private static String lineFor(Run run, String fileName) {
        return run.lines().stream().filter(l -> l.contains(fileName)).findFirst().orElse("(no line for " + fileName + ")");
    }

    @Test
    void goodFilesRoundTripWithExitZeroAndOnlyTheSummaryLine(@TempDir Path dir) throws IOException {
        for (Path fixture : Fixtures.all()) {
            Files.copy(fixture, dir.resolve(fixture.getFileName()));
        }
        Run run = roundtrip(dir);
        assertEquals(0, run.exitCode());
        assertEquals(1, run.lines().size(), run.lines().toString());
        assertSummary(run, Fixtures.all().size(), 0, 0);
    }

    @Test
    void invalidAndTooDeepFilesAreUnreadableNotMismatchesAndBinariesAreSkipped(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("good.py"), "import eventlet\neventlet.spawn(f)\n");
        Files.write(dir.resolve("x.py"), new byte[] {'i', 'm', 'p', 0, 0, 1, 2});
        Files.write(dir.resolve("bad_utf8.py"), new byte[] {'x', ' ', '=', ' ', '\'', (byte) 0xc3, '\'', '\n'});
        Files.write(dir.resolve("latin1.py"), "# coding: latin-1\nname = 'caf\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("deep.py"), nestedIfs(3000));
        Run run = roundtrip(dir);
        assertEquals(0, run.exitCode(), run.lines().toString());
        assertSummary(run, 4, 0, 2);
        assertEquals("(no line for x.py)", lineFor(run, "x.py"), "a directory walk skips binary files");
        Run named = roundtrip(dir.resolve("x.py"));
        assertSummary(named, 1, 0, 1);
        assertEquals("x.py: unreadable: binary file (NUL byte at offset 3)", relative(lineFor(named, "x.py"), dir),
                "a binary file named on the command line is reported");
        assertEquals("bad_utf8.py: unreadable: invalid UTF-8 at 1:5 (byte offset 5)", relative(lineFor(run, "bad_utf8.py"), dir));
        assertTrue(Pattern.matches("deep\\.py: unreadable: \\d+:\\d+: nested deeper than \\d+ blocks", relative(lineFor(run, "deep.py"), dir)),
                lineFor(run, "deep.py"));
    }

    @Test
    void fileWithoutReadPermissionIsUnreadable(@TempDir Path dir) throws IOException {
        Path locked = dir.resolve("locked.py");
        Files.writeString(locked, "x = 1\n");
        try {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            Assumptions.abort("no POSIX permissions on this file system");
        }
        Assumptions.assumeFalse(Files.isReadable(locked), "running as root: mode 000 does not stop reading");
        Run run = roundtrip(dir);
        assertEquals(0, run.exitCode());
        assertSummary(run, 1, 0, 1);
        assertEquals("locked.py: unreadable: cannot read: permission denied", relative(lineFor(run, "locked.py"), dir));
    }

    @Test
    void missingPathIsUnreadable(@TempDir Path dir) {
        Run run = roundtrip(dir.resolve("absent"));
        assertEquals(0, run.exitCode());
        assertSummary(run, 1, 0, 1);
    }

    /** `3000 nested if x:` levels, each one space deeper. */
    private static String nestedIfs(int levels) {
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < levels; i++) {
            deep.append(" ".repeat(i)).append("if x:\n");
        }
        return deep.append(" ".repeat(levels)).append("pass\n").toString();
    }

    /** Output names files as given (absolute here): strip the temp directory for readable assertions. */
    private static String relative(String line, Path dir) {
        String prefix = dir.toString().replace('\\', '/') + "/";
        return line.startsWith(prefix) ? line.substring(prefix.length()) : line;
    }
}
