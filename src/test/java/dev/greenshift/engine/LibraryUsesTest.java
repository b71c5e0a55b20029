package dev.greenshift.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.greenshift.recipe.RecipeLoader;
import dev.greenshift.source.ReadResult;
import dev.greenshift.source.SourceReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * No silent leftovers: every use of Eventlet in a file ends rewritten, reported, or left by a
 * recipe's decision; a use no recipe covers gets its own note, once per name.
 */
class LibraryUsesTest {

    private static FileResult run(String text) throws Exception {
        Engine engine = new Engine(RecipeLoader.load(List.of(Path.of("rules"))).select(List.of("threading")));
        ReadResult read = SourceReader.decode(Path.of("case.py"), "case.py", text.getBytes(StandardCharsets.UTF_8));
        return engine.processAlone(((ReadResult.Read) read).file());
    }

    private static String notes(FileResult r) {
        return r.findings().stream().map(f -> f.line() + " " + f.recipe() + ": " + f.message()).collect(Collectors.joining("\n"));
    }

    @Test
    void everyUseIsRewrittenReportedOrKeptByDecision() throws Exception {
        FileResult r = run("""
                import eventlet


                def pause():
                    eventlet.sleep(1)


                def guarded(conn):
                    gt = eventlet.spawn(conn.read)
                    gt.kill()
                    try:
                        conn.flush()
                    except (Exception, eventlet.Timeout):
                        pass
                """);
        assertEquals(new LibraryUses(1, 1, 1), r.uses(), notes(r));
        assertEquals("3 Eventlet uses: 1 rewritten, 1 reported, 1 left unchanged by a recipe's decision (no change needed while"
                + " Eventlet stays)", r.uses().describe());
    }

    @Test
    void aUseNoRecipeCoversIsReportedOncePerName() throws Exception {
        FileResult r = run("""
                import eventlet

                VERSION = eventlet.__version__
                BANNER = "eventlet " + eventlet.__version__


                def pause():
                    eventlet.sleep(1)
                """);
        assertEquals(new LibraryUses(1, 2, 0), r.uses(), notes(r));
        assertTrue(notes(r).contains("3 leftover: left: eventlet.__version__ (2 uses), no recipe covers this use: migrate it by hand"), notes(r));
        assertEquals(1, r.findings().stream().filter(f -> f.recipe().equals("leftover")).count(), notes(r));
    }

    @Test
    void usesOfARenamedGreenModuleAreRewrittenWithIt() throws Exception {
        FileResult r = run("""
                from eventlet.green import socket


                def connect(host):
                    return socket.create_connection((host, 80))
                """);
        assertEquals(new LibraryUses(1, 0, 0), r.uses(), notes(r));
    }
}
