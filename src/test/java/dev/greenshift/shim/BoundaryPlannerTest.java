package dev.greenshift.shim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code shim plan} puts on the boundary of a module, and what it says each entry exposes. */
class BoundaryPlannerTest {
    @TempDir
    Path project;

    @Test
    void aReturnedLocalBoundToSpawnIsAGreenThread() throws Exception {
        assertEquals(List.of("function start: returns a GreenThread"), boundary("""
                import eventlet


                def start(work):
                    thread = eventlet.spawn(work)
                    return thread
                """));
    }

    @Test
    void aPrivateHelperPutsItsPublicCallerOnTheBoundary() throws Exception {
        assertEquals(List.of("function run: returns a GreenThread"), boundary("""
                from eventlet import greenthread as gt


                def _start(work):
                    return gt.spawn(work)


                def run(work):
                    return _start(work)


                def plain(x):
                    return x + 1
                """));
    }

    @Test
    void aParameterThatShadowsEventletIsNotEventlet() throws Exception {
        assertEquals(List.of(), boundary("""
                import eventlet


                def start(eventlet, work):
                    return eventlet.spawn(work)
                """));
    }

    @Test
    void parametersUsedAsPoolsAndTimeoutBlocksAreExposed() throws Exception {
        assertEquals(List.of("function fan_out: takes a GreenPool (parameter pool: pool.spawn_n); raises eventlet.Timeout",
                "function quietly: nothing"), boundary("""
                import eventlet


                def fan_out(pool, jobs):
                    with eventlet.Timeout(5):
                        for job in jobs:
                            pool.spawn_n(job)
                        pool.waitall()


                def quietly(evt):
                    with eventlet.Timeout(5, False):
                        evt.wait()
                """));
    }

    @Test
    void classesAndTheirMethodsAreListedButNotGenerated() throws Exception {
        assertEquals(List.of("class Fetcher: nothing", "method Fetcher.start: returns an Event"), boundary("""
                from eventlet import event


                class Fetcher:
                    def start(self):
                        return event.Event()

                    def name(self):
                        return 'fetcher'
                """));
    }

    /** Each entry as "kind name: what it exposes". */
    private List<String> boundary(String api) throws IOException, ShimException {
        Files.createDirectories(project.resolve("pkg"));
        Files.writeString(project.resolve("pkg/__init__.py"), "");
        Files.writeString(project.resolve("pkg/api.py"), api);
        ApiModule module = ApiModule.read(ProjectLayout.of(project), "pkg.api");
        ApiBoundary b = BoundaryPlanner.plan(module, NeutralRewrite.of(module, "pkg.concurrency"), CallerIndex.NONE);
        return b.entries().stream()
                .map(e -> e.kindName() + " " + e.name() + ": " + (e.exposes().isEmpty() ? "nothing" : String.join("; ", e.exposes())))
                .toList();
    }
}
