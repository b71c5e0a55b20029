package dev.greenshift.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.greenshift.recipe.RecipeLoader;
import dev.greenshift.recipe.RecipeSet;
import dev.greenshift.source.ReadResult;
import dev.greenshift.source.SourceReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The threading pack asks the one resolver where it writes module names: before and after, side
 * by side. A module name that a local binds at the edit site is written under an alias, or the
 * spot is reported; relative and optional imports of Eventlet are Eventlet.
 */
class ScopeAwareRewriteTest {
    private static Engine engine;

    @BeforeAll
    static void loadThreadingPack() throws Exception {
        RecipeSet recipes = RecipeLoader.load(List.of(Path.of("rules"))).select(List.of("threading"));
        engine = new Engine(recipes);
    }

    private static FileResult rewrite(String before) {
        ReadResult r = SourceReader.decode(Path.of("example.py"), "example.py", before.getBytes(StandardCharsets.UTF_8));
        return engine.process(((ReadResult.Read) r).file());
    }

    private static String after(String before) {
        FileResult result = rewrite(before);
        assertEquals(null, result.error(), "no error expected");
        return result.output();
    }

    @Test
    void aFunctionLocalNamedQueueKeepsItsValueAndTheModuleIsImportedUnderAnAlias() {
        assertEquals("""
                import queue as _queue


                def drain(items):
                    queue = _queue.Queue()
                    for item in items:
                        queue.put(item)
                    return queue.qsize()
                """, after("""
                import eventlet


                def drain(items):
                    queue = eventlet.queue.Queue()
                    for item in items:
                        queue.put(item)
                    return queue.qsize()
                """));
    }

    @Test
    void aLoopVariableNamedQueueIsNotShadowed() {
        assertEquals("""
                import queue as _queue


                def fill(names):
                    for queue in names:
                        _queue.Queue().put(queue)
                """, after("""
                import eventlet


                def fill(names):
                    for queue in names:
                        eventlet.queue.Queue().put(queue)
                """));
    }

    @Test
    void aParameterNamedTimeTakesTheAliasWhichTheRestOfTheFileThenShares() {
        assertEquals("""
                import time as _time


                def pause(time=0.01):
                    _time.sleep(time)


                def nap():
                    _time.sleep(1)
                """, after("""
                import eventlet


                def pause(time=0.01):
                    eventlet.sleep(time)


                def nap():
                    eventlet.sleep(1)
                """));
    }

    @Test
    void aLocalNamedTimeElsewhereDoesNotNeedAnAlias() {
        assertEquals("""
                import time


                def nap():
                    time.sleep(1)


                def measure():
                    time = 3
                    return time
                """, after("""
                import eventlet


                def nap():
                    eventlet.sleep(1)


                def measure():
                    time = 3
                    return time
                """));
    }

    @Test
    void aLoopVariableNamedQueueInAnotherFunctionStillTakesTheAliasSoNoLoopShadowsTheImport() {
        assertEquals("""
                import queue as _queue


                def make():
                    return _queue.Queue()


                def drain(queues):
                    for queue in queues:
                        queue.get()
                """, after("""
                import eventlet


                def make():
                    return eventlet.queue.Queue()


                def drain(queues):
                    for queue in queues:
                        queue.get()
                """));
    }

    @Test
    void whenTheAliasIsTakenTooTheSpotIsReportedAndLeftAlone() {
        String before = """
                import eventlet


                def drain(_queue):
                    queue = eventlet.queue.Queue()
                    return queue, _queue
                """;
        FileResult result = rewrite(before);
        assertEquals(before, result.output());
        String flags = result.findings().stream().map(Finding::toString).collect(Collectors.joining("\n"));
        assertTrue(flags.contains("example.py:5:13: flag eventlet-queue: not rewritten: the rewrite writes 'queue' (import queue) here,"
                + " but 'queue' is bound locally at line 5 and '_queue' is taken too: rename that variable, then run again"), flags);
    }

    @Test
    void aNameBoundByAComprehensionIsNotTheModule() {
        assertEquals("""
                import eventlet

                sizes = [eventlet.qsize() for eventlet in queues]
                """, after("""
                import eventlet

                sizes = [eventlet.qsize() for eventlet in queues]
                """));
    }

    @Test
    void anOptionalImportIsRewrittenWhereItIsUsedAndKeptWhereItIsTested() {
        assertEquals("""
                import time

                try:
                    import eventlet
                except ImportError:
                    eventlet = None


                def pause():
                    if eventlet is not None:
                        time.sleep(0.1)
                """, after("""
                try:
                    import eventlet
                except ImportError:
                    eventlet = None


                def pause():
                    if eventlet is not None:
                        eventlet.sleep(0.1)
                """));
    }

    @Test
    void aRelativeImportOfTheProjectsEventletModuleIsRewritten(@TempDir Path project) throws Exception {
        Path pkg = Files.createDirectories(project.resolve("pkg"));
        Files.writeString(pkg.resolve("__init__.py"), "");
        Files.writeString(pkg.resolve("green.py"), "from eventlet import sleep\n");
        Files.writeString(pkg.resolve("worker.py"), """
                from .green import sleep


                def nap():
                    sleep(0.01)
                """);
        // A library nobody in the project runs: its world is stated, as a user does for a library whose programs patch.
        Map<String, String> outputs = Migration.run(engine, List.of(project), dev.greenshift.source.Selection.DEFAULT, false,
                        dev.greenshift.world.World.PATCHED).results().stream()
                .collect(Collectors.toMap(r -> r.file().path().getFileName().toString(), FileResult::output));
        // The name stays bound in worker (a test patching 'pkg.worker.sleep' still reaches the call).
        assertEquals("""
                from time import sleep


                def nap():
                    sleep(0.01)
                """, outputs.get("worker.py"));
    }
}
