package dev.greenshift.shim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated module itself: test_concurrency.py (next to this class in the test resources)
 * passes on both backends, Eventlet mode under Debian's python3-eventlet and threading mode under a
 * python3 without Eventlet; the backend choice follows switch, init_backend(), default; and the
 * module is flake8-clean.
 */
class ConcurrencyModuleTest {
    private static final String SWITCH = "GREENSHIFT_TEST_BACKEND";

    @TempDir
    Path dir;

    private void generate(ConcurrencyShim.Backend fallback) throws IOException {
        Files.writeString(dir.resolve("concurrency.py"), ConcurrencyShim.render(SWITCH, fallback));
        try (InputStream in = getClass().getResourceAsStream("test_concurrency.py")) {
            Files.copy(in, dir.resolve("test_concurrency.py"));
        }
    }

    private void assertUnitTestsPass(String python, String backend) throws Exception {
        generate(ConcurrencyShim.Backend.EVENTLET);
        Interpreters.Run r = Interpreters.run(python, List.of("-W", "ignore", "-m", "unittest", "test_concurrency"), dir,
                Map.of(SWITCH, backend));
        assertEquals(0, r.exit(), r.both());
    }

    @Test
    void unitTestsPassOnThreadsWithoutEventlet() throws Exception {
        assertUnitTestsPass(Interpreters.plain(), "threading");
    }

    @Test
    void unitTestsPassOnEventlet() throws Exception {
        assertUnitTestsPass(Interpreters.debianWith("eventlet"), "eventlet");
    }

    @Test
    void withoutTheSwitchInitBackendChoosesOnceAndEventletIsNeverImported() throws Exception {
        generate(ConcurrencyShim.Backend.EVENTLET);
        String script = String.join("\n",
                "import sys",
                "import concurrency",
                "concurrency.init_backend('threading')",
                "concurrency.spawn(print, 'spawned').result()",
                "try:",
                "    concurrency.init_backend('eventlet')",
                "except RuntimeError as error:",
                "    print(error)",
                "print(concurrency.backend(), 'eventlet' in sys.modules)");
        Interpreters.Run r = Interpreters.run(Interpreters.plain(), List.of("-c", script), dir, Map.of());
        assertEquals("spawned\nthe threading backend is already in use\nthreading False\n", r.out(), r.both());
    }

    @Test
    void withNeitherSwitchNorInitBackendTheDefaultIsUsed() throws Exception {
        generate(ConcurrencyShim.Backend.THREADING);
        Interpreters.Run r = Interpreters.run(Interpreters.plain(), List.of("-c", "import concurrency; print(concurrency.backend())"),
                dir, Map.of());
        assertEquals("threading\n", r.out(), r.both());
    }

    @Test
    void aWrongSwitchValueIsAClearError() throws Exception {
        generate(ConcurrencyShim.Backend.EVENTLET);
        Interpreters.Run r = Interpreters.run(Interpreters.plain(), List.of("-c", "import concurrency; concurrency.sleep(0)"),
                dir, Map.of(SWITCH, "gevent"));
        assertEquals(1, r.exit(), r.both());
        assertEquals(true, r.err().contains("the GREENSHIFT_TEST_BACKEND environment variable: expected eventlet or threading, "
                + "not 'gevent'"), r.both());
    }

    @Test
    void generatedModuleAndItsTestsPassFlake8() throws Exception {
        String python = Interpreters.debianWith("flake8");
        generate(ConcurrencyShim.Backend.EVENTLET);
        Interpreters.Run r = Interpreters.run(python, List.of("-m", "flake8", "concurrency.py", "test_concurrency.py"), dir, Map.of());
        assertEquals(0, r.exit(), r.both());
    }
}
