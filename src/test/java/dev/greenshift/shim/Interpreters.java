package dev.greenshift.shim;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The two Pythons the dual-mode module is checked with: plain {@code python3} from PATH (no
 * Eventlet) for threading mode, Debian's {@code /usr/bin/python3} (python3-eventlet, flake8) for
 * Eventlet mode. A test needing one that is missing is skipped with a message.
 */
public final class Interpreters {
    public static final String DEBIAN = "/usr/bin/python3";
    private static final Map<String, Boolean> PROBED = new HashMap<>();
    private static String plain;

    private Interpreters() {
    }

    /** What a Python process printed and how it ended. */
    public record Run(int exit, String out, String err) {
        public String both() {
            return "exit " + exit + "\nstdout:\n" + out + "\nstderr:\n" + err;
        }
    }

    /** The interpreter behind PATH's python3 (resolved once: pyenv shims are slow to start). */
    public static synchronized String plain() {
        if (plain == null) {
            Run r = tryRun("python3", List.of("-c", "import sys; print(sys.executable)"), Path.of("."), Map.of());
            plain = r != null && r.exit() == 0 ? r.out().strip() : "";
        }
        assumeTrue(!plain.isEmpty(), "no python3 on PATH");
        return plain;
    }

    /** Debian's python3, when it can import every one of {@code modules}; else the test is skipped. */
    public static synchronized String debianWith(String... modules) {
        for (String module : modules) {
            boolean present = PROBED.computeIfAbsent(module, m -> {
                Run r = tryRun(DEBIAN, List.of("-c", "import " + m), Path.of("."), Map.of());
                return r != null && r.exit() == 0;
            });
            assumeTrue(present, DEBIAN + " cannot import " + module + " (apt-get install python3-" + module
                    + ", as .ci/run does): skipped");
        }
        return DEBIAN;
    }

    /** Runs python in dir with extra environment, output in files, killed after 60 s. */
    public static Run run(String python, List<String> args, Path dir, Map<String, String> env)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("greenshift-py", ".out");
        Path err = Files.createTempFile("greenshift-py", ".err");
        List<String> command = new ArrayList<>();
        command.add(python);
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        pb.environment().putAll(env);
        Process p = pb.start();
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail(command + " did not end within 60 s:\n" + Files.readString(out) + Files.readString(err));
            }
            return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static Run tryRun(String python, List<String> args, Path dir, Map<String, String> env) {
        try {
            return run(python, args, dir, env);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
