package dev.greenshift.shim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.greenshift.cli.CliRun;
import dev.greenshift.golden.GoldenFiles;
import dev.greenshift.verify.PythonCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code shim plan}, {@code generate} and {@code adopt} on our shared-API fixture, each output
 * equal to its approved file under golden/shim/ (on a mismatch, the .received file beside it).
 */
class SharedApiGoldenTest {
    private static final Path GOLDEN = Path.of("golden/shim");

    @TempDir
    Path dir;

    @Test
    void planText() throws Exception {
        Path project = SharedApiProject.copyInto(dir);
        CliRun r = CliRun.of("shim", "plan", project.toString(), "--api", "shop.api");
        assertEquals(0, r.exit(), r.err());
        verify(r.out(), "plan.approved.txt", "plan.received.txt");
    }

    @Test
    void planJson() throws Exception {
        Path project = SharedApiProject.copyInto(dir);
        CliRun r = CliRun.of("shim", "plan", project.toString(), "--api", "shop.api", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        verify(r.out(), "plan.approved.json", "plan.received.json");
    }

    /** Without --api, the modules whose own code the audit marks as wrapping Eventlet: the same plan. */
    @Test
    void planWithoutApiTakesTheAuditsWrapperModules() throws Exception {
        Path project = SharedApiProject.copyInto(dir);
        CliRun r = CliRun.of("shim", "plan", project.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(Files.readString(GOLDEN.resolve("plan.approved.txt")), r.out());
    }

    @Test
    void generateWritesACompilingNeutralModule() throws Exception {
        Path project = SharedApiProject.copyInto(dir);
        CliRun r = CliRun.of("shim", "generate", project.toString(), "--api", "shop.api");
        assertEquals(0, r.exit(), r.err());
        Path written = project.resolve("shop/neutral/api.py");
        assertEquals("", Files.readString(project.resolve("shop/neutral/__init__.py")));
        verify(Files.readString(written), "generate.approved.txt", "generate.received.txt");
        PythonCompiler python = PythonCompiler.find();
        if (python != null) {
            assertNull(python.compile(List.of(Files.readAllBytes(written))).get(0));
        }
    }

    /** The generated module reads like the project's code: flake8 (Debian's, when installed) has nothing to say. */
    @Test
    void generatedModulePassesFlake8() throws Exception {
        String python = Interpreters.debianWith("flake8");
        Path project = SharedApiProject.copyInto(dir);
        assertEquals(0, CliRun.of("shim", "generate", project.toString(), "--api", "shop.api").exit());
        Interpreters.Run lint = Interpreters.run(python, List.of("-m", "flake8", "shop/neutral/api.py"), project, java.util.Map.of());
        assertEquals(0, lint.exit(), lint.both());
    }

    @Test
    void adoptDryRunPrintsTheDiffOfOnePart() throws Exception {
        Path project = SharedApiProject.copyInto(dir);
        assertEquals(0, CliRun.of("shim", "generate", project.toString(), "--api", "shop.api").exit());
        var before = SharedApiProject.snapshot(project);
        CliRun r = CliRun.of("shim", "adopt", project.toString(), "--part", "shop/orders", "--api", "shop.api", "--dry-run");
        assertEquals(0, r.exit(), r.err());
        assertEquals(before, SharedApiProject.snapshot(project), "--dry-run wrote something");
        String shown = Path.of("").toAbsolutePath().relativize(project).toString();
        verify(r.out().replace(shown + "/", "").replace(project + "/", ""), "adopt-orders.approved.diff", "adopt-orders.received.diff");
    }

    private static void verify(String text, String approved, String received) {
        GoldenFiles.verify(text, GOLDEN.resolve(approved), GOLDEN.resolve(received));
    }
}
