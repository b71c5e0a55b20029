package dev.greenshift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** diff, apply and audit read [tool.greenshift] from the project's pyproject.toml; flags win over it. */
class ProjectConfigCommandTest {
    private static final String SLEEPS_AND_SPAWNS = "import eventlet\n\n\ndef run(job):\n    eventlet.spawn(job)\n    eventlet.sleep(1)\n";

    private Path project;

    @BeforeEach
    void createProject() throws IOException {
        Files.createDirectories(Path.of("target", "test-work"));
        project = Files.createTempDirectory(Path.of("target", "test-work"), "configured");
        Files.createDirectories(project.resolve(".git"));
        Files.createDirectories(project.resolve("svc"));
        Files.writeString(project.resolve("svc/worker.py"), SLEEPS_AND_SPAWNS);
    }

    @AfterEach
    void removeProject() throws IOException {
        try (Stream<Path> files = Files.walk(project)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void theConfiguredRecipesAreTheDefault() throws IOException {
        Files.writeString(project.resolve("pyproject.toml"), "[tool.greenshift]\nrecipes = [\"eventlet-sleep\"]\nworld = \"patched\"\n");
        CliRun run = CliRun.of("diff", "--no-verify", "--color", "never", project.resolve("svc").toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("+    time.sleep(1)"), run.out());
        assertFalse(run.out().contains("threading.Thread"), "only the configured recipe ran:\n" + run.out());
    }

    @Test
    void aRecipesFlagReplacesTheConfiguredOnes() throws IOException {
        Files.writeString(project.resolve("pyproject.toml"), "[tool.greenshift]\nrecipes = [\"eventlet-sleep\"]\nworld = \"patched\"\n");
        CliRun run = CliRun.of("diff", "--no-verify", "--color", "never", "--recipes", "eventlet-spawn", project.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("threading.Thread(target=job, daemon=True).start()"), run.out());
        assertFalse(run.out().contains("time.sleep(1)"), run.out());
    }

    @Test
    void configuredRulesDirectoriesAreRelativeToThePyproject() throws IOException {
        Files.createDirectories(project.resolve("migration/rules/local"));
        Files.writeString(project.resolve("migration/rules/local/nap.recipe"), """
                recipe local-nap {
                    summary  "eventlet.sleep(s) becomes the project's own nap(s)"
                    category green-threads
                    safety   safe
                    requires from svc.naps import nap
                    match call `eventlet.sleep($seconds)` -> `nap($seconds)`
                }
                """);
        Files.writeString(project.resolve("pyproject.toml"),
                "[tool.greenshift]\nrules = [\"migration/rules\"]\nrecipes = [\"local-nap\"]\n");
        CliRun run = CliRun.of("diff", "--no-verify", "--color", "never", project.resolve("svc").toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("+    nap(1)"), run.out());
    }

    @Test
    void anUnknownKeyStopsDiffApplyAndAuditWithExit2() throws IOException {
        Files.writeString(project.resolve("pyproject.toml"), "[tool.greenshift]\nrecipes = [\"threading\"]\nexlude = [\"svc/\"]\n");
        for (String command : new String[] {"diff", "apply", "audit"}) {
            CliRun run = CliRun.of(command, project.resolve("svc").toString());
            assertEquals(2, run.exit(), command + ": " + run.err());
            assertTrue(run.err().contains("pyproject.toml:3:1: unknown key 'exlude' in [tool.greenshift]"), command + ": " + run.err());
        }
        assertEquals(SLEEPS_AND_SPAWNS, Files.readString(project.resolve("svc/worker.py")), "nothing was written");
    }

    @Test
    void aWrongTypeStopsTheRunWithExit2() throws IOException {
        Files.writeString(project.resolve("pyproject.toml"), "[tool.greenshift]\nworld = 3\n");
        CliRun run = CliRun.of("diff", project.toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("pyproject.toml:2:1: world must be a string, not a number"), run.err());
    }

    @Test
    void configuredExcludesAreRelativeToThePyprojectAndAFlagReplacesThem() throws IOException {
        Files.createDirectories(project.resolve("svc/vendored"));
        Files.writeString(project.resolve("svc/vendored/green.py"), SLEEPS_AND_SPAWNS);
        Files.writeString(project.resolve("pyproject.toml"), "[tool.greenshift]\nexclude = [\"/svc/vendored/\"]\n");
        CliRun configured = CliRun.of("diff", "--no-verify", "--color", "never", project.resolve("svc").toString());
        assertEquals(0, configured.exit(), configured.err());
        assertTrue(configured.out().contains("worker.py"), configured.out());
        assertFalse(configured.out().contains("vendored"), configured.out());

        CliRun flag = CliRun.of("diff", "--no-verify", "--color", "never", "--exclude", "worker.py", project.resolve("svc").toString());
        assertTrue(flag.out().contains("vendored/green.py"), "the flag replaced the configured exclude:\n" + flag.out());
        assertFalse(flag.out().contains("worker.py"), flag.out());
    }

    @Test
    void configuredIncludesNarrowWhatAuditScans() throws IOException {
        Files.createDirectories(project.resolve("tools"));
        Files.writeString(project.resolve("tools/gen.py"), SLEEPS_AND_SPAWNS);
        Files.writeString(project.resolve("pyproject.toml"), "[tool.greenshift]\ninclude = [\"svc/**/*.py\"]\n");
        CliRun run = CliRun.of("audit", "--format", "json", project.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("svc/worker.py"), run.out());
        assertFalse(run.out().contains("tools/gen.py"), run.out());
    }

    @Test
    void gitignoredFilesAreLeftOutUnlessAskedFor() throws IOException {
        Files.writeString(project.resolve(".gitignore"), "svc/\n");
        assertFalse(CliRun.of("diff", "--no-verify", project.toString()).out().contains("worker.py"));
        assertTrue(CliRun.of("diff", "--no-verify", "--no-gitignore", project.toString()).out().contains("worker.py"));
    }
}
