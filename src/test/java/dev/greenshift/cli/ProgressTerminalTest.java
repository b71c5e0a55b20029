package dev.greenshift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The progress line on a real terminal: greenshift runs in a tmux pane whose every byte is recorded
 * (pipe-pane). The line shows on a terminal and is cleared at the end; --quiet and a stderr that is
 * not a terminal get none. The one-second grace is set to zero here, so the run need not be long.
 */
class ProgressTerminalTest {
    // One server per test: a server just killed by the previous test may still be exiting on a reused name.
    private final String socket = "greenshift-progress-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
    private Path dir;

    @BeforeEach
    void setUp() throws Exception {
        assumeTrue(run("tmux", "-V").startsWith("tmux"), "tmux is not installed");
        Files.createDirectories(Path.of("target", "test-work"));
        dir = Files.createTempDirectory(Path.of("target", "test-work").toAbsolutePath(), "progress");
        Files.writeString(dir.resolve("m.py"), "import eventlet\n\n\ndef a():\n    eventlet.sleep(1)\n");
    }

    @AfterEach
    void tearDown() throws Exception {
        run("tmux", "-L", socket, "kill-server");
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void aTerminalSeesTheProgressLineAndThenTheSummaryInItsPlace() throws Exception {
        String bytes = recorded("diff --no-verify m.py > out.diff");
        assertTrue(bytes.contains("\r\u001b[Kgreenshift: reading"), bytes);
        assertTrue(bytes.contains("greenshift: 1 files scanned, 1 would change"), bytes);
        String screen = run("tmux", "-L", socket, "capture-pane", "-p", "-J");
        assertFalse(screen.contains("reading"), "the progress line is cleared:\n" + screen);
        assertTrue(Files.readString(dir.resolve("out.diff")).contains("+import time"));
    }

    @Test
    void auditShowsItsProgressOnATerminalAndLeavesTheReportAlone() throws Exception {
        String bytes = recorded("audit m.py > report.txt");
        assertTrue(bytes.contains("\r\u001b[Kgreenshift: reading"), bytes);
        String screen = run("tmux", "-L", socket, "capture-pane", "-p", "-J");
        assertFalse(screen.contains("reading"), "the progress line is cleared:\n" + screen);
        assertFalse(Files.readString(dir.resolve("report.txt")).contains("\u001b"), "the report holds no progress");
    }

    @Test
    void quietPrintsNothingButErrors() throws Exception {
        String bytes = recorded("diff --quiet --no-verify m.py > out.diff");
        assertFalse(bytes.contains("greenshift:"), bytes);
        assertTrue(Files.readString(dir.resolve("out.diff")).contains("+import time"));
    }

    @Test
    void aStderrThatIsNoTerminalGetsNoProgress() throws Exception {
        recorded("diff --no-verify m.py > out.diff 2> err.txt");
        String err = Files.readString(dir.resolve("err.txt"));
        assertFalse(err.contains("\r"), err);
        assertTrue(err.contains("greenshift: 1 files scanned"), err);
    }

    /** Every byte the pane got while greenshift ran {@code args} (a shell fragment after the main class). */
    private String recorded(String args) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String command = "cd '" + dir + "' && while [ ! -f ready ]; do sleep 0.05; done; GREENSHIFT_PROGRESS_DELAY_MS=0 '" + java + "' -cp '"
                + System.getProperty("java.class.path") + "' dev.greenshift.cli.Main " + args + "; echo EXIT=$?; sleep 120";
        String out = run("tmux", "-L", socket, "-f", "/dev/null", "new-session", "-d", "-x", "160", "-y", "50", "bash", "-c", command);
        assertEquals("", out.strip(), "tmux new-session: " + out);
        Path log = dir.resolve("pane.log");
        run("tmux", "-L", socket, "pipe-pane", "-o", "cat > '" + log + "'");
        Files.writeString(dir.resolve("ready"), "");
        long deadline = System.nanoTime() + 60_000_000_000L;
        String bytes = "";
        while (System.nanoTime() < deadline) {
            bytes = Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
            if (bytes.contains("EXIT=")) {
                assertTrue(bytes.contains("EXIT=0"), bytes);
                return bytes;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("greenshift never finished:\n" + bytes);
    }

    private static String run(String... command) throws Exception {
        List<String> args = new ArrayList<>(List.of(command));
        try {
            Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return out;
        } catch (IOException e) {
            return "";
        }
    }
}
