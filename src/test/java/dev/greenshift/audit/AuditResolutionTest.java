package dev.greenshift.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.greenshift.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit resolves names with the same resolver as diff: optional imports, relative imports
 * and names bound to Eventlet on one path only are Eventlet; a local that shadows an import is not.
 */
class AuditResolutionTest {

    private static String audit(Path project) {
        CliRun run = CliRun.of("audit", project.toString(), "--format", "json");
        assertEquals(0, run.exit(), run.err());
        return run.out();
    }

    @Test
    void usesAfterAnOptionalImportAreFindings(@TempDir Path project) throws Exception {
        Files.writeString(project.resolve("cache.py"), """
                try:
                    import eventlet
                except ImportError:
                    eventlet = None


                def pause():
                    if eventlet is not None:
                        eventlet.sleep(0.1)
                """);
        String json = audit(project);
        assertTrue(json.contains("\"symbol\": \"eventlet.sleep\""), json);
        assertTrue(json.contains("\"line\": 9"), json);
    }

    @Test
    void aNameThatIsEventletsOnOnePathIsAFinding(@TempDir Path project) throws Exception {
        Files.writeString(project.resolve("nap.py"), """
                try:
                    from eventlet import sleep
                except ImportError:
                    from time import sleep

                sleep(1)
                """);
        assertTrue(audit(project).contains("\"symbol\": \"eventlet.sleep\""));
    }

    @Test
    void aRelativeImportSeenByTheAuditIsRewrittenByDiff(@TempDir Path project) throws Exception {
        Path pkg = Files.createDirectories(project.resolve("pkg"));
        Files.writeString(pkg.resolve("__init__.py"), "");
        Files.writeString(pkg.resolve("green.py"), "from eventlet import sleep\n");
        Files.writeString(pkg.resolve("worker.py"), "from .green import sleep\n\n\ndef nap():\n    sleep(0.01)\n");
        String json = audit(project);
        assertTrue(json.contains("\"recipe\": \"eventlet-sleep\""), json);
        CliRun diff = CliRun.of("diff", "--no-verify", "--world", "patched", "--color", "never", project.toString());
        // The import moves to the standard library and the call keeps its name ('pkg.worker.sleep' stays patchable).
        assertTrue(diff.out().contains("-from .green import sleep\n+from time import sleep"), diff.out() + diff.err());
    }

    @Test
    void aParameterThatShadowsTheImportIsNotAFinding(@TempDir Path project) throws Exception {
        Files.writeString(project.resolve("fake.py"), """
                from eventlet import sleep


                def run(sleep):
                    sleep(1)
                """);
        assertTrue(!audit(project).contains("\"line\": 5"));
    }
}
