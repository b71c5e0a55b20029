package dev.greenshift.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.greenshift.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Programs whose Eventlet semantics a naive rewrite breaks (src/test/resources/behaviour/CASE/main.py):
 * each runs under Debian's Eventlet, then greenshift applies the threading pack to a copy, and the
 * copy must print the same and exit with the same code. A copy that still imports Eventlet (the
 * construct was flagged, not rewritten) runs under Debian's python3 too; one without runs under
 * plain python3. The note column is what greenshift must say about the case, or '-' for nothing.
 */
class SemanticsBehaviourTest {
    private static final Path CASES = Path.of("src", "test", "resources", "behaviour");
    private static final String DEBIAN_PYTHON = "/usr/bin/python3";
    private static final Pattern EVENTLET_IMPORT = Pattern.compile("(?m)^\\s*(import|from)\\s+eventlet\\b");
    /** The machine may be loaded; the programs themselves take well under a second. */
    private static final long KILL_AFTER_SECONDS = 60;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "wait_reraises      | -",
            "systemexit_watcher | the spawned function raises SystemExit",
            "reused_pool        | this pool lives on after waitall()",
            "timeout_subclass   | a Timeout interrupts this block",
            "patched_sleep      | -",
            "timed_wait         | wait() under the Timeout became result(timeout=0.1)",
            "patched_sleep_object | -",
            "signal_dispatcher  | the spawned function raises SystemExit",
            "partial_patch      | this rewrite needs time patched",
            "partial_patch_threads | but time stays unpatched by monkey_patch(all=False,socket=True,select=True,thread=True)",
            "patched_in_main    | imported before main monkey patches when it runs",
            "semaphore_check    | the semaphores and the checks migrate together",
    })
    void rewrittenProgramBehavesLikeTheOriginal(String name, String note) throws Exception {
        assumeTrue(works(DEBIAN_PYTHON, "import eventlet"), DEBIAN_PYTHON + " has no eventlet (apt-get install python3-eventlet)");
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "behaviour")), name + "-");
        Path original = copy(CASES.resolve(name), dir.resolve("original"));
        Path rewritten = copy(CASES.resolve(name), dir.resolve("rewritten"));

        CliRun applied = CliRun.of("apply", rewritten.toString());
        assertEquals(0, applied.exit(), "apply failed:\n" + applied.out() + applied.err());
        if (!note.equals("-")) {
            assertTrue(applied.err().contains(note), "greenshift did not say '" + note + "':\n" + applied.err());
        }
        Run before = run(DEBIAN_PYTHON, original);
        Run after = run(stillGreen(rewritten) ? DEBIAN_PYTHON : "python3", rewritten);
        String context = "\ngreenshift said:\n" + applied.err() + "\nrewritten main.py:\n" + Files.readString(rewritten.resolve("main.py"))
                + "\nstderr after:\n" + after.err();
        assertEquals(before.out(), after.out(), "outputs differ" + context);
        assertEquals(before.exit(), after.exit(), "exit codes differ" + context);
    }

    private static boolean stillGreen(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".py")).toList()) {
                if (EVENTLET_IMPORT.matcher(Files.readString(p)).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path p : files.toList()) {
                Files.copy(p, to.resolve(p.getFileName()));
            }
        }
        return to;
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String python, Path dir) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir.getParent(), "out", ".txt");
        Path err = Files.createTempFile(dir.getParent(), "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(List.of(python, "main.py")).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        Process p = pb.start();
        if (!p.waitFor(KILL_AFTER_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            return new Run(-1, Files.readString(out) + "\n<hung: killed after " + KILL_AFTER_SECONDS + " s>", Files.readString(err));
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static boolean works(String python, String code) {
        try {
            Process p = new ProcessBuilder(python, "-c", code).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
