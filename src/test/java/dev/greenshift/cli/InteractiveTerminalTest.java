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
 * apply --interactive on a real terminal: greenshift runs in a tmux pane, the test reads the pane
 * (capture-pane) and answers with keys (send-keys), as a user would. Skipped without tmux.
 */
class InteractiveTerminalTest {
    private static final String BEFORE = "import eventlet\n\n\ndef a():\n    eventlet.sleep(1)\n" + "\n".repeat(8)
            + "def b():\n    eventlet.sleep(2)\n";

    // One server per test: a server just killed by the previous test may still be exiting on a reused name.
    private final String socket = "greenshift-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
    private Path dir;

    @BeforeEach
    void setUp() throws Exception {
        assumeTrue(run("tmux", "-V").startsWith("tmux"), "tmux is not installed");
        Files.createDirectories(Path.of("target", "test-work"));
        dir = Files.createTempDirectory(Path.of("target", "test-work").toAbsolutePath(), "tty");
        Files.writeString(dir.resolve("m.py"), BEFORE);
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
    void theAnswersTypedOnTheTerminalDecideTheHunks() throws Exception {
        start("");
        String first = waitFor("(1/2) Apply this hunk to");
        assertTrue(first.contains("\u001b["), "a terminal gets colour:\n" + first);
        assertTrue(first.contains("+import time"), first);
        keys("y");
        waitFor("(2/2) Apply this hunk to");
        keys("n");
        String end = waitFor("EXIT=");
        assertTrue(end.contains("EXIT=0"), end);
        assertTrue(end.contains("1 of 2 hunks accepted, in 1 file"), end);
        assertEquals(BEFORE.replace("import eventlet", "import time").replace("eventlet.sleep(1)", "time.sleep(1)"),
                Files.readString(dir.resolve("m.py")));
    }

    @Test
    void noColorIsHonouredAndQuitWritesNothing() throws Exception {
        start("NO_COLOR=1");
        String first = waitFor("(1/2) Apply this hunk to");
        assertFalse(first.contains("\u001b[3"), "NO_COLOR: no colour\n" + first);
        keys("q");
        String end = waitFor("EXIT=");
        assertTrue(end.contains("0 of 2 hunks accepted, in 0 files"), end);
        assertEquals(BEFORE, Files.readString(dir.resolve("m.py")));
    }

    /** Runs greenshift from the test classpath in a new tmux session, then keeps the pane open to read the exit code. */
    private void start(String env) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String command = "cd '" + dir + "' && " + env + " '" + java + "' -cp '" + System.getProperty("java.class.path")
                + "' dev.greenshift.cli.Main apply --interactive --no-verify m.py; echo EXIT=$?; sleep 120";
        String out = run("tmux", "-L", socket, "-f", "/dev/null", "new-session", "-d", "-x", "160", "-y", "50", "bash", "-c", command);
        assertEquals("", out.strip(), "tmux new-session: " + out);
    }

    private void keys(String answer) throws Exception {
        run("tmux", "-L", socket, "send-keys", answer, "Enter");
    }

    /** The pane's text with escape sequences, once it shows {@code text} (at most 60 s). */
    private String waitFor(String text) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        String pane = "";
        while (System.nanoTime() < deadline) {
            pane = run("tmux", "-L", socket, "capture-pane", "-p", "-e", "-J", "-S", "-100");
            // A question counts once it is printed to its end ("...? "), so keys never arrive early.
            boolean complete = !text.startsWith("(") || pane.lastIndexOf("? ") > pane.lastIndexOf(text);
            if (pane.contains(text) && complete) {
                return pane;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the terminal never showed '" + text + "':\n" + pane);
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
