package dev.greenshift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit command line: formats, --output, --fail-on exit codes. */
class AuditCommandTest {
    static final String PROJECT = "src/test/resources/audit-project";

    @Test
    void failOnAKindThatIsPresentExitsOne() {
        CliRun run = CliRun.of("audit", PROJECT, "--fail-on", "monkey-patching", "--format", "json");
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.out().contains("\"version\": 1"));
    }

    @Test
    void failOnAKindThatIsAbsentExitsZero(@TempDir Path dir) {
        CliRun run = CliRun.of("audit", dir.toString(), "--fail-on", "any");
        assertEquals(0, run.exit(), run.err());
    }

    @Test
    void unknownFailOnKindIsAUsageError() {
        assertEquals(2, CliRun.of("audit", PROJECT, "--fail-on", "spaghetti").exit());
    }

    @Test
    void outputGoesToTheNamedFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("audit.sarif");
        CliRun run = CliRun.of("audit", PROJECT, "--format", "sarif", "--output", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.readString(out).contains("\"version\": \"2.1.0\""));
        assertEquals("", run.out());
    }
}
