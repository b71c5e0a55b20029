package dev.greenshift.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.greenshift.cli.CliRun;
import dev.greenshift.shim.Interpreters;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dual mode: a program rewritten with the neutral pack onto a generated concurrency module prints
 * what the Eventlet original printed, and ends the same way, on both backends: under Debian's
 * python3-eventlet with the switch set to eventlet, and under a python3 without Eventlet with the
 * switch set to threading. Programs: examples/, and shapes/ next to this class (an exception through
 * wait(), SystemExit from a task, value events, a reused pool, a Timeout poll loop).
 */
class NeutralBehaviourTest {
    private static final String SWITCH = "GREENSHIFT_BACKEND";
    private static final Pattern EVENTLET_IMPORT = Pattern.compile("(?m)^\\s*(import|from)\\s+eventlet\\b");

    @ParameterizedTest(name = "examples/{0}")
    @ValueSource(strings = {"background_task", "deferred_task", "green_threads", "library_integration", "network_calls",
            "socket_echo"})
    void rewrittenExamplePrintsTheSameOnBothBackends(String name) throws Exception {
        assertSameOnBothBackends(Project.of(name, Files.readString(Path.of("examples", name + ".py"))));
    }

    @ParameterizedTest(name = "shapes/{0}")
    @ValueSource(strings = {"wait_exception", "system_exit", "value_events", "reused_pool", "timeout_poll"})
    void rewrittenShapePrintsTheSameOnBothBackends(String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("shapes/" + name + ".py")) {
            assertSameOnBothBackends(Project.of(name, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
        }
    }

    /** The WebSocket server has no dual-mode equivalent: flagged, Eventlet stays, and Eventlet mode still works. */
    @Test
    void websocketExampleIsFlaggedAndStillRunsOnEventlet() throws Exception {
        Project p = Project.of("websocket_echo", Files.readString(Path.of("examples", "websocket_echo.py")));
        String rewritten = p.rewrite();
        assertTrue(rewritten.contains("# TODO(greenshift): Eventlet's WebSocket server has no dual-mode equivalent"), rewritten);
        String python = Interpreters.debianWith("eventlet");
        Interpreters.Run original = p.runOriginal(python);
        Interpreters.Run after = p.runRewritten(python, "eventlet");
        assertEquals(original.out(), after.out(), after.both());
        assertEquals(original.exit(), after.exit(), after.both());
    }

    @Test
    void wsgiServerExampleIsFlagged() throws Exception {
        Project p = Project.of("wsgi_server", Files.readString(Path.of("examples", "wsgi_server.py")));
        String rewritten = p.rewrite();
        assertTrue(rewritten.contains("# TODO(greenshift): wsgi.server has no dual-mode equivalent"), rewritten);
    }

    private static void assertSameOnBothBackends(Project p) throws Exception {
        String rewritten = p.rewrite();
        assertFalse(EVENTLET_IMPORT.matcher(rewritten).find(), "an Eventlet import is left:\n" + rewritten);
        String eventletPython = Interpreters.debianWith("eventlet");
        Interpreters.Run original = p.runOriginal(eventletPython);
        assertFalse(original.out().isEmpty(), "the original printed nothing: " + original.both());
        assertSame(original, p, eventletPython, "eventlet", rewritten);
        assertSame(original, p, Interpreters.plain(), "threading", rewritten);
    }

    private static void assertSame(Interpreters.Run original, Project p, String python, String backend, String rewritten)
            throws Exception {
        Interpreters.Run after = p.runRewritten(python, backend);
        if (!after.out().equals(original.out())) {
            // Prints are ordered with tens of milliseconds of slack; a loaded machine can miss one once.
            after = p.runRewritten(python, backend);
        }
        String context = backend + " backend, " + python + "\n" + after.both() + "\nrewritten:\n" + rewritten;
        assertEquals(original.out(), after.out(), context);
        assertEquals(original.exit(), after.exit(), context);
    }

    /** A one-program project under target/: the original, and a copy rewritten onto its concurrency module. */
    private record Project(Path original, Path dir, Path program) {
        static Project of(String name, String source) throws IOException {
            Path base = Files.createDirectories(Path.of("target", "behaviour-neutral"));
            Path root = Files.createTempDirectory(base, name + "-");
            Path original = Files.writeString(Files.createDirectories(root.resolve("original")).resolve(name + ".py"), source);
            Path dir = Files.createDirectories(root.resolve("project"));
            return new Project(original, dir, Files.writeString(dir.resolve(name + ".py"), source));
        }

        /** Generates the module, applies the neutral pack, checks a second run changes nothing; returns the program. */
        String rewrite() throws IOException {
            CliRun shim = CliRun.of("shim", "concurrency", dir.toString(), "--module", "concurrency.py", "--switch", SWITCH);
            assertEquals(0, shim.exit(), shim.err());
            CliRun applied = CliRun.of("apply", "--recipes", "neutral", dir.toString());
            assertEquals(0, applied.exit(), applied.err());
            CliRun again = CliRun.of("diff", "--check", "--color", "never", "--recipes", "neutral", dir.toString());
            assertEquals(0, again.exit(), "a second run would change more:\n" + again.out() + again.err());
            return Files.readString(program);
        }

        Interpreters.Run runOriginal(String python) throws IOException, InterruptedException {
            return Interpreters.run(python, List.of(original.getFileName().toString()), original.getParent(), Map.of());
        }

        Interpreters.Run runRewritten(String python, String backend) throws IOException, InterruptedException {
            return Interpreters.run(python, List.of(program.getFileName().toString()), dir, Map.of(SWITCH, backend));
        }
    }
}
