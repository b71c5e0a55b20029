package dev.greenshift.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.greenshift.recipe.RecipeLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A constructor is rewritten only when every attribute its object's users read exists on the
 * standard-library type: here, through self attributes in other methods, in subclasses (in this
 * module or another), and in modules that import the object. Before and after, per project file.
 */
class LostAttributesTest {
    private static Engine engine;

    @TempDir
    Path project;

    @BeforeAll
    static void loadThreadingPack() throws Exception {
        engine = new Engine(RecipeLoader.load(List.of(Path.of("rules"))).select(List.of("threading")));
    }

    /** Writes pkg/NAME.py files, runs the migration over the project (stated patched: the world is not the question here), returns outputs and findings by file name. */
    private Map<String, FileResult> migrate(Map<String, String> files) throws Exception {
        Path pkg = Files.createDirectories(project.resolve("pkg"));
        Files.writeString(pkg.resolve("__init__.py"), "");
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(pkg.resolve(f.getKey()), f.getValue());
        }
        return Migration.run(engine, List.of(project), dev.greenshift.source.Selection.DEFAULT, false, dev.greenshift.world.World.PATCHED).results().stream()
                .collect(Collectors.toMap(r -> r.file().path().getFileName().toString(), r -> r));
    }

    private static String flags(FileResult r) {
        return r.findings().stream().map(Finding::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void aQueueThatIsResizedStaysEventlets() throws Exception {
        String before = """
                import eventlet


                def make(size):
                    q = eventlet.queue.Queue()
                    q.resize(size)
                    return q
                """;
        FileResult r = migrate(Map.of("jobs.py", before)).get("jobs.py");
        assertEquals(before, r.output());
        assertTrue(flags(r).contains("flag eventlet-queue: not rewritten: '.resize' is used on this object (line 6)"
                + " and queue.Queue has no such attribute"), flags(r));
    }

    @Test
    void aQueueUsedOnlyThroughStdlibMethodsIsRewritten() throws Exception {
        FileResult r = migrate(Map.of("jobs.py", """
                import eventlet


                def make():
                    q = eventlet.queue.Queue()
                    q.put(1)
                    return q.get()
                """)).get("jobs.py");
        assertEquals("""
                import queue


                def make():
                    q = queue.Queue()
                    q.put(1)
                    return q.get()
                """, r.output());
    }

    @Test
    void theParentOfTheCurrentGreenletHasNoThreadEquivalent() throws Exception {
        String before = "import eventlet\n\nparent = eventlet.getcurrent().parent\n";
        FileResult r = migrate(Map.of("who.py", before)).get("who.py");
        assertEquals(before, r.output());
        assertTrue(flags(r).contains("'.parent' is used on this object (line 3) and threading.current_thread has no such attribute"), flags(r));
    }

    @Test
    void anEventAttributeThatASubclassInAnotherModuleSendsAValueToStaysEventlets() throws Exception {
        String base = """
                import eventlet


                class Job:
                    def __init__(self):
                        self.done = eventlet.event.Event()

                    def finish(self):
                        self.done.send()
                """;
        Map<String, FileResult> out = migrate(Map.of("base.py", base, "report.py", """
                from pkg.base import Job


                class ReportJob(Job):
                    def publish(self, rows):
                        self.done.send(rows)
                """));
        assertEquals(base, out.get("base.py").output());
        assertTrue(flags(out.get("base.py")).contains("'.send' is used on this object (" + project.resolve("pkg/report.py") + ":6) and threading.Event has no such attribute"),
                flags(out.get("base.py")));
    }

    @Test
    void anEventAttributeWhoseSubclassesOnlyWaitIsRewritten() throws Exception {
        Map<String, FileResult> out = migrate(Map.of("base.py", """
                import eventlet


                class Job:
                    def __init__(self):
                        self.done = eventlet.event.Event()

                    def finish(self):
                        self.done.send()
                """, "report.py", """
                from .base import Job


                class ReportJob(Job):
                    def join(self):
                        self.done.wait()
                """));
        assertEquals("""
                import threading


                class Job:
                    def __init__(self):
                        self.done = threading.Event()

                    def finish(self):
                        self.done.set()
                """, out.get("base.py").output());
    }

    @Test
    void aModuleQueueThatAnotherModuleResizesStaysEventlets() throws Exception {
        String shared = "import eventlet\n\nRESULTS = eventlet.queue.Queue()\n";
        Map<String, FileResult> out = migrate(Map.of("shared.py", shared, "tuning.py", """
                from pkg import shared


                def grow():
                    shared.RESULTS.resize(100)
                """));
        assertEquals(shared, out.get("shared.py").output());
        assertTrue(flags(out.get("shared.py")).contains("'.resize' is used on this object (" + project.resolve("pkg/tuning.py") + ":5)"), flags(out.get("shared.py")));
    }
    @Test
    void queuesInAListThatAFeederResizesStayEventlets() throws Exception {
        String before = """
                import eventlet
                from eventlet.queue import Queue


                class Decoder:
                    def decode(self, fragment_iters):
                        queues = [Queue(1) for _junk in range(len(fragment_iters))]

                        def feed(frag_iter, queue):
                            for fragment in frag_iter:
                                queue.put(fragment)
                            queue.resize(2)
                            queue.put(None)

                        pool = eventlet.GreenPool()
                        for frag_iter, queue in zip(fragment_iters, queues):
                            pool.spawn(feed, frag_iter, queue)
                        return [q.get() for q in queues]
                """;
        FileResult r = migrate(Map.of("decode.py", before)).get("decode.py");
        assertTrue(r.output().contains("queues = [Queue(1) for _junk in range(len(fragment_iters))]"), r.output());
        assertTrue(flags(r).contains("flag eventlet-queue: not rewritten: '.resize' is used on this object (line 12)"), flags(r));
    }

    @Test
    void aQueueTakenOutOfAListBySubscriptKeepsItsAttributes() throws Exception {
        String before = """
                import eventlet


                def grow(n):
                    queues = [eventlet.queue.Queue(), eventlet.queue.Queue()]
                    queues[n].resize(10)
                    return queues
                """;
        FileResult r = migrate(Map.of("grow.py", before)).get("grow.py");
        assertEquals(before, r.output());
        assertTrue(flags(r).contains("'.resize' is used on this object (line 6)"), flags(r));
    }

    @Test
    void queuesStoredInADictAttributeAndIteratedThroughValues() throws Exception {
        String before = """
                import eventlet


                class Router:
                    def __init__(self, names):
                        self.queues = {}
                        for name in names:
                            self.queues[name] = eventlet.queue.LightQueue()

                    def widen(self, size):
                        for q in self.queues.values():
                            q.resize(size)
                """;
        FileResult r = migrate(Map.of("router.py", before)).get("router.py");
        assertEquals(before, r.output());
        assertTrue(flags(r).contains("'.resize' is used on this object (line 12)"), flags(r));
    }

    @Test
    void queuesInAListUsedOnlyThroughStdlibMethodsAreRewritten() throws Exception {
        FileResult r = migrate(Map.of("fan.py", """
                import eventlet


                def fan_out(n):
                    queues = []
                    for _ in range(n):
                        queues.append(eventlet.queue.Queue())
                    for i, q in enumerate(queues):
                        q.put(i)
                    return [q.get() for q in queues]
                """)).get("fan.py");
        assertEquals("""
                import queue


                def fan_out(n):
                    queues = []
                    for _ in range(n):
                        queues.append(queue.Queue())
                    for i, q in enumerate(queues):
                        q.put(i)
                    return [q.get() for q in queues]
                """, r.output());
    }
}
