package dev.greenshift.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.greenshift.world.World;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The threading pack over whole fixture projects: each rewrite lands only in a module whose world
 * allows it, is otherwise reported once per file and recipe, and monkey patching is deleted only for
 * an entry point whose whole import closure is free of Eventlet after the run.
 */
class WorldGatingTest {
    @TempDir
    Path dir;

    private Migration.Outcome run(Map<String, String> files, World stated) {
        return ProjectFixture.run(dir, files, stated);
    }

    private static String output(Migration.Outcome o, String suffix) {
        return o.results().stream().filter(r -> r.file().displayPath().endsWith(suffix)).findFirst().orElseThrow().output();
    }

    private static List<Finding> gated(Migration.Outcome o, String suffix) {
        return o.results().stream().filter(r -> r.file().displayPath().endsWith(suffix))
                .flatMap(r -> r.findings().stream()).filter(f -> f.kind() == Finding.Kind.GATED).toList();
    }

    /** nova's layout: cmd/ monkey patches in its __init__, a service imports library code, unit tests do not patch. */
    private static Map<String, String> novaLike() {
        Map<String, String> files = new TreeMap<>();
        files.put("setup.cfg", """
                [entry_points]
                console_scripts =
                    shop-api = shop.cmd.api:main
                """);
        files.put("shop/__init__.py", "");
        files.put("shop/cmd/__init__.py", """
                import eventlet

                eventlet.monkey_patch()

                import __original_module_threading as orig_threading  # noqa
                import threading  # noqa
                orig_threading.current_thread.__globals__['_active'] = threading._active
                """);
        files.put("shop/cmd/api.py", """
                from shop import service


                def main():
                    service.serve()
                """);
        files.put("shop/service.py", """
                import eventlet
                from eventlet import tpool

                from shop import utils


                def serve():
                    eventlet.sleep(0)
                    tpool.execute(utils.pause)
                """);
        files.put("shop/utils.py", """
                import eventlet


                def pause():
                    with eventlet.Timeout(5):
                        eventlet.sleep(0.1)
                """);
        files.put("shop/tests/__init__.py", "");
        files.put("shop/tests/test_utils.py", """
                from shop import utils


                def test_pause():
                    utils.pause()
                """);
        return files;
    }

    @Test
    void whereThePatchLeavesTimeNativeThreadingRewritesLandAndSleepsStayGreen() {
        // swift patches threads but not time: threading.Semaphore is green there, time.sleep would block the hub.
        Map<String, String> files = novaLike();
        files.put("shop/cmd/__init__.py", """
                import eventlet

                eventlet.monkey_patch(all=False, socket=True, select=True, thread=True)
                """);
        files.put("shop/service.py", """
                import eventlet
                import eventlet.semaphore
                from eventlet import tpool

                from shop import utils


                def serve():
                    lock = eventlet.semaphore.Semaphore(1)
                    with lock:
                        eventlet.sleep(0)
                    tpool.execute(utils.pause)
                """);
        Migration.Outcome o = run(files, null);
        assertEquals("""
                import threading

                import eventlet
                import eventlet.semaphore
                from eventlet import tpool

                from shop import utils


                def serve():
                    lock = threading.Semaphore(1)
                    with lock:
                        eventlet.sleep(0)
                    tpool.execute(utils.pause)
                """, output(o, "shop/service.py"));
        List<Finding> held = gated(o, "shop/service.py").stream().filter(f -> f.recipe().equals("eventlet-sleep")).toList();
        assertEquals(1, held.size());
        assertTrue(held.get(0).message().startsWith("not applied (1 place): this module runs monkey patched, but time stays unpatched by"
                + " monkey_patch(all=False,socket=True,select=True,thread=True) at "), held.get(0).message());
        assertTrue(held.get(0).message().contains("this rewrite needs time patched"), held.get(0).message());
    }

    @Test
    void monkeyPatchingStaysWhileEventletRemainsInTheClosure() throws IOException {
        Migration.Outcome o = run(novaLike(), null);
        String cmd = output(o, "shop/cmd/__init__.py");
        assertTrue(cmd.contains("eventlet.monkey_patch()"), cmd);
        assertTrue(cmd.contains("import __original_module_threading as orig_threading"), cmd);
        List<Finding> held = gated(o, "shop/cmd/__init__.py");
        assertEquals(List.of("eventlet-monkey-patch", "eventlet-original-modules"), held.stream().map(Finding::recipe).toList());
        assertTrue(held.get(0).message().contains("Eventlet stays for shop.cmd.api in "), held.get(0).message());
    }

    @Test
    void aPatchedServiceGetsTheStdlibSleepButKeepsTpool() throws IOException {
        Migration.Outcome o = run(novaLike(), null);
        assertEquals(World.PATCHED, o.worlds().get(o.results().stream().map(r -> r.file().displayPath())
                .filter(p -> p.endsWith("shop/service.py")).findFirst().orElseThrow()).world());
        assertEquals("""
                import time

                from eventlet import tpool

                from shop import utils


                def serve():
                    time.sleep(0)
                    tpool.execute(utils.pause)
                """, output(o, "shop/service.py"));
        List<Finding> held = gated(o, "shop/service.py");
        assertEquals(1, held.size(), held.toString());
        assertTrue(held.get(0).message().startsWith("not applied (1 place): valid only once nothing green is left (native)"),
                held.get(0).message());
    }

    @Test
    void libraryCodeAlsoRunByTestsThatDoNotPatchIsLeftAloneAndReportedOnce() throws IOException {
        Map<String, String> files = novaLike();
        files.put("shop/utils.py", """
                import eventlet


                def pause():
                    with eventlet.Timeout(5):
                        eventlet.sleep(0.1)
                    eventlet.sleep(0.2)
                    eventlet.sleep(0.3)
                """);
        Migration.Outcome o = run(files, null);
        String utils = output(o, "shop/utils.py");
        assertTrue(utils.contains("        eventlet.sleep(0.1)\n    eventlet.sleep(0.2)\n    eventlet.sleep(0.3)\n") && !utils.contains("time.sleep"), utils);
        List<Finding> held = gated(o, "shop/utils.py");
        assertEquals(1, held.size(), "once per file and recipe: " + held);
        assertTrue(held.get(0).message().contains("(2 places)"), held.get(0).message());
        assertTrue(held.get(0).message().contains("shop.tests.test_utils (test module) does not monkey patch"), held.get(0).message());
        assertTrue(held.get(0).message().contains("neutral"), held.get(0).message());
    }

    @Test
    void whenTheRunLeavesNothingGreenMonkeyPatchingAndItsIdiomsGo() throws IOException {
        Map<String, String> files = novaLike();
        files.put("shop/service.py", """
                from shop import utils


                def serve():
                    utils.pause()
                """);
        files.put("shop/utils.py", """
                import eventlet


                def pause():
                    eventlet.sleep(0.1)
                """);
        files.put("shop/tests/test_utils.py", "");
        Migration.Outcome o = run(files, null);
        String cmd = output(o, "shop/cmd/__init__.py");
        assertTrue(!cmd.contains("eventlet") && !cmd.contains("__original_module"), cmd);
        assertTrue(cmd.contains("import threading as orig_threading"), cmd);
        assertEquals("""
                import time


                def pause():
                    time.sleep(0.1)
                """, output(o, "shop/utils.py"));
    }

    @Test
    void anExecutorNamedEventletKeepsTheProcessGreen() throws IOException {
        Map<String, String> files = novaLike();
        files.put("shop/service.py", """
                import oslo_messaging

                from shop import utils


                def serve(transport, target, endpoints):
                    utils.pause()
                    return oslo_messaging.get_rpc_server(transport, target, endpoints, executor='eventlet')
                """);
        files.put("shop/utils.py", """
                import eventlet


                def pause():
                    eventlet.sleep(0.1)
                """);
        files.put("shop/tests/test_utils.py", "");
        Migration.Outcome o = run(files, null);
        assertTrue(output(o, "shop/cmd/__init__.py").contains("eventlet.monkey_patch()"));
    }

    @Test
    void statedNativeWorldAppliesEverything() throws IOException {
        Migration.Outcome o = run(novaLike(), World.NATIVE);
        assertTrue(output(o, "shop/service.py").contains("utils.pause()"));
        assertTrue(!output(o, "shop/service.py").contains("tpool"), output(o, "shop/service.py"));
        assertEquals(List.of(), o.results().stream().flatMap(r -> r.findings().stream())
                .filter(f -> f.kind() == Finding.Kind.GATED).collect(Collectors.toList()));
    }

    /**
     * swift's dispersion tool: main() patches after the module's imports ran, so a name taken from
     * time on import would be the blocking sleep and a lock made at module level a native lock.
     */
    @Test
    void codeThatRunsBeforeAPatchInMainKeepsEventletWhileItsFunctionsMove() {
        Map<String, String> files = new TreeMap<>();
        files.put("setup.cfg", """
                [entry_points]
                console_scripts =
                    populate = tool.populate:main
                """);
        files.put("tool/__init__.py", "");
        files.put("tool/populate.py", """
                import eventlet
                from eventlet import sleep
                from eventlet import patcher
                from eventlet import backdoor

                LOCK = eventlet.semaphore.Semaphore()


                def work():
                    with LOCK:
                        sleep()
                    eventlet.sleep(1)


                def main():
                    patcher.monkey_patch()
                    work()
                    backdoor.backdoor_server(None)
                """);
        Migration.Outcome o = run(files, null);
        assertEquals("""
                import time

                import eventlet
                from eventlet import sleep
                from eventlet import patcher
                from eventlet import backdoor

                LOCK = eventlet.semaphore.Semaphore()


                def work():
                    with LOCK:
                        sleep()
                    time.sleep(1)


                def main():
                    patcher.monkey_patch()
                    work()
                    backdoor.backdoor_server(None)
                """, output(o, "tool/populate.py"));
        List<Finding> held = gated(o, "tool/populate.py").stream().filter(f -> f.recipe().equals("eventlet-semaphore")).toList();
        assertEquals(1, held.size(), held.toString());
        assertTrue(held.get(0).message().startsWith("not applied (1 place that runs or binds its name on import): this module is imported before"
                + " tool.populate monkey patches when it runs"), held.get(0).message());
    }

    @Test
    void aStatedPatchedWorldIsQuestionedWhereTheProjectPatchesOnlyPartly() {
        Migration.Outcome o = run(Map.of(
                "app/__init__.py", "",
                "app/utils.py", """
                        import eventlet


                        def eventlet_monkey_patch():
                            eventlet.patcher.monkey_patch(all=False, socket=True, select=True,
                                                          thread=True)
                        """), World.PATCHED);
        List<String> notes = o.dependencyNotes().stream().map(Finding::toString).toList();
        assertEquals(1, notes.size(), notes.toString());
        assertTrue(notes.get(0).contains("app/utils.py:5:5: flag world: --world patched was stated, but here time stays unpatched"
                + " by monkey_patch(all=False,socket=True,select=True,thread=True)"), notes.get(0));
    }

    @Test
    void aStatedPatchedWorldStillKeepsWhatRunsBeforeAPatchInMain() {
        Migration.Outcome o = run(Map.of(
                "tool/__init__.py", "",
                "tool/run.py", """
                        import eventlet
                        from eventlet import sleep


                        def main():
                            eventlet.monkey_patch()
                            sleep(1)
                            eventlet.sleep(2)


                        if __name__ == '__main__':
                            main()
                        """), World.PATCHED);
        // The name module-level code bound stays Eventlet's (a test may patch 'tool.run.sleep'); the call looked up
        // through the module does not.
        assertEquals("""
                import time

                import eventlet
                from eventlet import sleep


                def main():
                    eventlet.monkey_patch()
                    sleep(1)
                    time.sleep(2)


                if __name__ == '__main__':
                    main()
                """, output(o, "tool/run.py"));
    }
}
