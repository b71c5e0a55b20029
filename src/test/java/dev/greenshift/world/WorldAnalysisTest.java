package dev.greenshift.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The world of each module of small projects: which entry points reach it, and how they patch. */
class WorldAnalysisTest {
    @TempDir
    Path dir;

    /** nova's layout: services start from cmd/, whose package monkey patches; unit tests do not patch. */
    private FixtureProject novaLike() {
        return new FixtureProject(dir)
                .file("setup.cfg", """
                        [entry_points]
                        console_scripts =
                            shop-api = shop.cmd.api:main
                        """)
                .file("shop/__init__.py", "")
                .file("shop/cmd/__init__.py", """
                        import eventlet
                        eventlet.monkey_patch()
                        """)
                .file("shop/cmd/api.py", """
                        from shop import service


                        def main():
                            service.serve()
                        """)
                .file("shop/service.py", """
                        from shop import utils


                        def serve():
                            utils.pause()
                        """)
                .file("shop/utils.py", """
                        import eventlet


                        def pause():
                            eventlet.sleep(0)
                        """)
                .file("shop/tests/__init__.py", "")
                .file("shop/tests/test_utils.py", """
                        from shop import utils


                        def test_pause():
                            utils.pause()
                        """);
    }

    @Test
    void servicesStartedFromAPatchingPackageArePatched() {
        Map<String, ModuleWorld> worlds = novaLike().worlds();
        assertEquals(World.PATCHED, worlds.get("shop/cmd/api.py").world());
        assertEquals(World.PATCHED, worlds.get("shop/service.py").world());
        assertEquals(World.PATCHED, worlds.get("shop/cmd/__init__.py").world());
    }

    @Test
    void servicesWhosePackagePatchesThreadsButNotTimeArePatchedWithTimeLeftNative() {
        // swift's shape: threads are green, but time.sleep stays a blocking sleep, so eventlet.sleep -> time.sleep
        // would stall the hub while eventlet.semaphore.Semaphore -> threading.Semaphore is right.
        ModuleWorld service = novaLike()
                .file("shop/cmd/__init__.py", """
                        import eventlet
                        eventlet.monkey_patch(all=False, socket=True, thread=True)
                        """)
                .worlds().get("shop/service.py");
        assertEquals(World.PATCHED, service.world());
        assertEquals(java.util.Set.of("time"), service.leftNative());
        assertEquals("time stays unpatched by monkey_patch(all=False,socket=True,thread=True) at shop/cmd/__init__.py:2", service.partly());
    }

    @Test
    void servicesWhosePackagePatchesOnlySocketsAreNotPatched() {
        // Threads stay native too: a Thread is a real thread beside the hub, neither world's rewrites are right.
        ModuleWorld service = novaLike()
                .file("shop/cmd/__init__.py", """
                        import eventlet
                        eventlet.monkey_patch(all=False, socket=True)
                        """)
                .worlds().get("shop/service.py");
        assertEquals(World.UNKNOWN, service.world());
        assertTrue(service.reason().startsWith("shop.cmd.api (console_scripts entry) monkey patches only partly: "
                + "threading and time stay unpatched by monkey_patch(all=False,socket=True) at shop/cmd/__init__.py:2"),
                service.reason());
    }

    @Test
    void modulesImportedAboveThePatchArePatchedButImportedUnpatched() {
        Map<String, ModuleWorld> worlds = novaLike()
                .file("shop/cmd/api.py", """
                        from shop import service
                        import eventlet
                        eventlet.monkey_patch()


                        def main():
                            service.serve()
                        """)
                .file("shop/cmd/__init__.py", "")
                .worlds();
        ModuleWorld service = worlds.get("shop/service.py");
        assertEquals(World.PATCHED, service.world());
        assertEquals("imported by shop.cmd.api before the monkey patch at shop/cmd/api.py:3 runs", service.importedUnpatched());
        assertEquals(null, worlds.get("shop/cmd/api.py").importedUnpatched(), "its own code below the patch runs patched");
    }

    @Test
    void anEntryImportingAModuleAboveTheImportThatPatchesHasImportedItUnpatched() {
        Map<String, ModuleWorld> worlds = novaLike()
                .file("shop/green.py", """
                        import eventlet
                        eventlet.monkey_patch()
                        """)
                .file("shop/cmd/api.py", """
                        from shop import service
                        from shop import green  # noqa


                        def main():
                            service.serve()
                        """)
                .file("shop/cmd/__init__.py", "")
                .worlds();
        assertEquals("imported by shop.cmd.api before the monkey patch at shop/green.py:2 runs",
                worlds.get("shop/service.py").importedUnpatched());
        assertEquals(null, worlds.get("shop/green.py").importedUnpatched());
    }

    @Test
    void theImportOrderIsFollowedThroughEveryModuleBetweenTheEntryAndThePatch() {
        // shop.cmd.api imports shop.boot, which imports shop.service and only then shop.green (which patches);
        // shop.late comes after the patch, so it is imported patched.
        Map<String, ModuleWorld> worlds = novaLike()
                .file("shop/green.py", """
                        import eventlet
                        eventlet.monkey_patch()
                        """)
                .file("shop/boot.py", """
                        from shop import service  # noqa
                        from shop import green  # noqa
                        from shop import late  # noqa
                        """)
                .file("shop/late.py", "")
                .file("shop/cmd/api.py", """
                        from shop import boot  # noqa


                        def main():
                            pass
                        """)
                .file("shop/cmd/__init__.py", "")
                .worlds();
        assertEquals("imported by shop.cmd.api before the monkey patch at shop/green.py:2 runs",
                worlds.get("shop/service.py").importedUnpatched());
        assertEquals(null, worlds.get("shop/late.py").importedUnpatched(), "imported after the patch");
        assertEquals(null, worlds.get("shop/boot.py").importedUnpatched(), "still importing when the patch runs: its code below runs patched");
        assertEquals(World.PATCHED, worlds.get("shop/late.py").world());
    }

    @Test
    void aPatchAtTheTopOfThePackageComesBeforeEverythingItsServicesImport() {
        Map<String, ModuleWorld> worlds = novaLike().worlds();
        assertEquals(null, worlds.get("shop/service.py").importedUnpatched());
        assertEquals(null, worlds.get("shop/cmd/api.py").importedUnpatched());
    }

    @Test
    void aProgramThatPatchesInMainHasImportedItsModulesUnpatched() {
        Map<String, ModuleWorld> worlds = new FixtureProject(dir)
                .file("tool/__init__.py", "")
                .file("tool/work.py", """
                        import eventlet


                        def pause():
                            eventlet.sleep(0)
                        """)
                .file("tool/run.py", """
                        import eventlet
                        from tool import work


                        def main():
                            eventlet.monkey_patch()
                            work.pause()


                        if __name__ == '__main__':
                            main()
                        """)
                .worlds();
        assertEquals(World.PATCHED, worlds.get("tool/work.py").world());
        assertEquals("imported before tool.run monkey patches when it runs (tool/run.py:11)",
                worlds.get("tool/work.py").importedUnpatched());
    }

    @Test
    void aLibraryModuleAlsoImportedByTestsThatDoNotPatchIsUnknown() {
        ModuleWorld utils = novaLike().worlds().get("shop/utils.py");
        assertEquals(World.UNKNOWN, utils.world());
        assertTrue(utils.reason().contains("shop.tests.test_utils (test module) does not monkey patch"), utils.reason());
        assertTrue(utils.reason().contains("shop/utils.py"), utils.reason());
    }

    @Test
    void theEntryPointsAreTheConsoleScriptAndTheTests() {
        List<String> entries = novaLike().analysis().entryPoints().stream().map(e -> e.module() + ":" + e.kind()).toList();
        assertEquals(List.of("shop.cmd.api:CONSOLE_SCRIPT", "shop.tests:TEST_PACKAGE", "shop.tests.test_utils:TEST"), entries);
    }

    @Test
    void whenTheRunLeavesNothingGreenEveryModuleIsNative() {
        Map<String, ModuleWorld> worlds = novaLike().analysis().decide(path -> false);
        assertEquals(World.NATIVE, worlds.get("shop/utils.py").world());
        assertEquals(World.NATIVE, worlds.get("shop/cmd/__init__.py").world());
    }

    @Test
    void aModuleNoEntryPointImportsIsUnknown() {
        FixtureProject p = novaLike().file("shop/unused.py", "import eventlet\n");
        ModuleWorld unused = p.worlds().get("shop/unused.py");
        assertEquals(World.UNKNOWN, unused.world());
        assertTrue(unused.reason().startsWith("no entry point"), unused.reason());
    }

    @Test
    void aScriptWhoseGreenThreadsAllBecomeThreadsIsNative() {
        FixtureProject p = new FixtureProject(dir).file("worker.py", """
                import eventlet

                eventlet.spawn(print, 1)
                eventlet.sleep(0.1)
                """);
        assertEquals(World.UNKNOWN, p.worlds().get("worker.py").world(), "before the run it still uses Eventlet unpatched");
        assertEquals(World.NATIVE, p.analysis().decide(path -> false).get("worker.py").world());
    }

    @Test
    void anImportIntoThePackageOutsideThePathsGivenKeepsTheEntryPointFromBeingNative() {
        FixtureProject p = new FixtureProject(dir)
                .file("shop/__init__.py", "")
                .file("shop/cmd/__init__.py", "")
                .file("shop/utils.py", "import eventlet\n")
                .file("shop/cmd/api.py", """
                        import eventlet
                        from shop import utils
                        eventlet.monkey_patch()
                        if __name__ == '__main__':
                            utils.run()
                        """);
        List<dev.greenshift.source.SourceFile> onlyCmd = p.sources().stream()
                .filter(f -> f.displayPath().startsWith("shop/cmd/")).toList();
        ModuleWorld api = ProjectScan.analyse(onlyCmd, null).decide(path -> false).get("shop/cmd/api.py");
        assertEquals(World.PATCHED, api.world());
        assertTrue(api.reason().contains("imports shop.utils, outside the paths given"), api.reason());
    }

    @Test
    void aMainModuleThatPatchesUnderItsMainGuardIsPatchedButDoesNotPatchOnImport() {
        FixtureProject p = new FixtureProject(dir)
                .file("tool/__init__.py", "")
                .file("tool/run.py", """
                        import eventlet
                        from tool import work


                        def main():
                            eventlet.monkey_patch()
                            work.go()


                        if __name__ == '__main__':
                            main()
                        """)
                .file("tool/work.py", """
                        import eventlet


                        def go():
                            eventlet.sleep(1)
                        """);
        WorldAnalysis analysis = p.analysis();
        assertFalse(analysis.sites().patchesOnImport("tool.run"));
        assertEquals(World.PATCHED, p.worlds().get("tool/work.py").world());
    }

    @Test
    void aProjectPatchingFunctionCalledThroughItsModuleOrAFromImportPatches() {
        // Neither entry point writes 'eventlet' nor re-exports the patching module: the analysis must
        // still read them to find the call inside main().
        FixtureProject p = new FixtureProject(dir)
                .file("setup.cfg", """
                        [entry_points]
                        console_scripts =
                            shop-api = shop.api:main
                            shop-worker = shop.worker:main
                        """)
                .file("shop/__init__.py", "")
                .file("shop/patching.py", """
                        import eventlet


                        def patch_all():
                            eventlet.monkey_patch()
                        """)
                .file("shop/api.py", """
                        import shop.patching
                        from shop import work


                        def main():
                            shop.patching.patch_all()
                            work.go()
                        """)
                .file("shop/worker.py", """
                        from shop import work


                        def main():
                            from shop.patching import patch_all
                            patch_all()
                            work.go()
                        """)
                .file("shop/work.py", """
                        import eventlet


                        def go():
                            eventlet.sleep(1)
                        """);
        Map<String, ModuleWorld> worlds = p.worlds();
        assertEquals(World.PATCHED, worlds.get("shop/api.py").world());
        assertEquals(World.PATCHED, worlds.get("shop/worker.py").world());
        assertEquals(World.PATCHED, worlds.get("shop/work.py").world());
    }
}
