package dev.greenshift.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.greenshift.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Programs whose variables share a name with a module the rewrite needs ({@code queue},
 * {@code time}): the Eventlet original under Debian's python3, the rewrite under plain python3,
 * same output. Writing {@code queue.Queue()} where {@code queue} is a local raised
 * UnboundLocalError or AttributeError before the rewrite asked the resolver.
 */
class LocalNamesBehaviourTest {
    private static final Path PROGRAMS = Path.of("src", "test", "resources", "behaviour");
    private static final String DEBIAN_PYTHON = "/usr/bin/python3";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"local_queue", "local_time"})
    void theRewriteRunsLikeTheOriginal(String name) throws Exception {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "behaviour")), name + "-");
        Path original = Files.copy(PROGRAMS.resolve(name + ".py"), Files.createDirectories(dir.resolve("original")).resolve(name + ".py"));
        Path rewritten = Files.copy(original, Files.createDirectories(dir.resolve("rewritten")).resolve(name + ".py"));
        CliRun applied = CliRun.of("apply", "--no-verify", rewritten.toString());
        assertEquals(0, applied.exit(), applied.err());
        String after = Files.readString(rewritten);
        assertFalse(after.contains("eventlet"), "Eventlet is left:\n" + after);

        assumeTrue(run(DEBIAN_PYTHON, "-c", "import eventlet").exit() == 0,
                DEBIAN_PYTHON + " cannot import eventlet (apt-get install python3-eventlet, as .ci/run does): skipping");
        Run before = run(DEBIAN_PYTHON, original.toString());
        assertEquals(0, before.exit(), before.err());
        Run now = run("python3", rewritten.toString());
        assertEquals(0, now.exit(), "the rewrite failed:\n" + now.err() + "\n" + after);
        assertEquals(before.out(), now.out(), after);
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String python, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(Path.of("target", "behaviour"), "out", ".txt");
        Path err = Files.createTempFile(Path.of("target", "behaviour"), "err", ".txt");
        List<String> command = new java.util.ArrayList<>(List.of(python));
        command.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        } catch (IOException e) {
            return new Run(-1, "", e.toString());
        }
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor(5, TimeUnit.SECONDS);
            return new Run(-1, Files.readString(out), "timed out\n" + Files.readString(err));
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
