package dev.greenshift.shim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.greenshift.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which module {@code apply --recipes neutral} rewrites onto, and that it only runs when selected. */
class NeutralPackCliTest {
    private static final String JOBS = "import eventlet\n\n\ndef start(task):\n    return eventlet.spawn(task)\n";

    @TempDir
    Path project;

    @BeforeEach
    void aProjectWithOnePackage() throws IOException {
        Files.createDirectories(project.resolve("shop"));
        Files.writeString(project.resolve("shop/__init__.py"), "");
        Files.writeString(project.resolve("shop/jobs.py"), JOBS);
    }

    private String jobsAfter(String... args) throws IOException {
        CliRun r = CliRun.of(args);
        assertEquals(0, r.exit(), r.err());
        return Files.readString(project.resolve("shop/jobs.py"));
    }

    @Test
    void withoutARecordTheModuleIsConcurrencyOfTheTopPackage() throws IOException {
        assertEquals("from shop import concurrency\n\n\ndef start(task):\n    return concurrency.spawn(task)\n",
                jobsAfter("apply", "--no-verify", "--recipes", "neutral", project.toString()));
    }

    @Test
    void theModuleRecordedByTheShimIsUsed() throws IOException {
        assertEquals(0, CliRun.of("shim", "concurrency", project.toString(), "--module", "shop.green").exit());
        String generated = Files.readString(project.resolve("shop/green.py"));
        assertEquals("from shop import green\n\n\ndef start(task):\n    return green.spawn(task)\n",
                jobsAfter("apply", "--no-verify", "--recipes", "neutral", project.toString()));
        assertEquals(generated, Files.readString(project.resolve("shop/green.py")), "the generated module itself is never rewritten");
    }

    @Test
    void theFlagWins() throws IOException {
        assertEquals(0, CliRun.of("shim", "concurrency", project.toString()).exit());
        assertEquals("from shop.common import conc\n\n\ndef start(task):\n    return conc.spawn(task)\n",
                jobsAfter("apply", "--no-verify", "--recipes", "neutral", "--neutral-module", "shop.common.conc", project.toString()));
    }

    @Test
    void aModuleNameThatIsNotDottedIsAUsageError() throws IOException {
        CliRun r = CliRun.of("apply", "--recipes", "neutral", "--neutral-module", "shop/conc.py", project.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("is not a dotted module name"), r.err());
        assertEquals(JOBS, Files.readString(project.resolve("shop/jobs.py")));
    }

    @Test
    void withoutASelectionTheNeutralPackDoesNotRun() throws IOException {
        CliRun r = CliRun.of("diff", "--no-verify", "--color", "never", project.toString());
        assertTrue(!r.out().contains("concurrency") && r.err().contains("eventlet-spawn"), r.out() + r.err());
    }
}
