package dev.greenshift.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.greenshift.recipe.RecipeLoader;
import dev.greenshift.source.Selection;
import dev.greenshift.world.World;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Patches first: in a patched entry point, monkey_patch() stays, and the imports the rewrite adds
 * come after it (an import of threading or time above it would load them unpatched).
 */
class PatchesFirstTest {

    @TempDir
    Path project;

    private String migrate(String before) throws Exception {
        Files.writeString(project.resolve("main.py"), before);
        Engine engine = new Engine(RecipeLoader.load(List.of(Path.of("rules"))).select(List.of("threading")));
        return Migration.run(engine, List.of(project), Selection.DEFAULT, false, World.PATCHED).results().get(0).output();
    }

    @Test
    void importsTheRewriteAddsComeAfterTheMonkeyPatchingThatStays() throws Exception {
        assertEquals("""
                import eventlet
                eventlet.monkey_patch()

                import threading
                import time

                from app import jobs  # noqa: E402


                def main():
                    threading.Thread(target=jobs.run, daemon=True).start()
                    while True:
                        time.sleep(60)
                """, migrate("""
                import eventlet
                eventlet.monkey_patch()

                from app import jobs  # noqa: E402


                def main():
                    eventlet.spawn(jobs.run)
                    while True:
                        eventlet.sleep(60)
                """));
    }

    @Test
    void theyJoinTheStandardLibraryGroupBelowThePatch() throws Exception {
        assertEquals("""
                import eventlet

                eventlet.monkey_patch()

                import os
                import time


                def main():
                    time.sleep(os.getpid() % 5)
                """, migrate("""
                import eventlet

                eventlet.monkey_patch()

                import os


                def main():
                    eventlet.sleep(os.getpid() % 5)
                """));
    }
}
