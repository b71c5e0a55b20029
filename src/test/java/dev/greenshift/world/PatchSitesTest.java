package dev.greenshift.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a project monkey patches, under which condition, and whether importing a module patches. */
class PatchSitesTest {
    @TempDir
    Path dir;

    private PatchSites sitesOf(String path, String text) {
        return new FixtureProject(dir).file("app/__init__.py", "").file(path, text).analysis().sites();
    }

    private Guard onlyGuard(String text) {
        List<PatchSite> roots = sitesOf("app/main.py", text).roots();
        assertEquals(1, roots.size(), roots.toString());
        return roots.get(0).guard();
    }

    @Test
    void moduleLevelPatchIsUnconditionalAndPatchesOnImport() {
        PatchSites sites = sitesOf("app/main.py", """
                import eventlet
                eventlet.monkey_patch()
                """);
        assertEquals(Guard.Kind.UNCONDITIONAL, sites.roots().get(0).guard().kind());
        assertTrue(sites.patchesOnImport("app.main"));
    }

    @Test
    void aliasOfPatcherAndTryBodyStillPatchOnImport() {
        PatchSites sites = sitesOf("app/main.py", """
                from eventlet import patcher as p
                try:
                    p.monkey_patch(os=False)
                except ImportError:
                    pass
                """);
        assertEquals("eventlet.patcher.monkey_patch", sites.roots().get(0).via());
        assertTrue(sites.patchesOnImport("app.main"));
    }

    @Test
    void aPatchThatLeavesTimeAlonePatchesButNotThreads() {
        // swift's eventlet_monkey_patch(): sockets turn green, time.sleep stays blocking.
        PatchSites sites = sitesOf("app/main.py", """
                import eventlet

                def eventlet_monkey_patch():
                    eventlet.patcher.monkey_patch(all=False, socket=True, select=True,
                                                  thread=True)

                eventlet_monkey_patch()
                """);
        PatchSite call = sites.roots().get(0);
        assertEquals("app.main.eventlet_monkey_patch", call.via());
        assertEquals("time stays unpatched by monkey_patch(all=False,socket=True,select=True,thread=True)", call.unpatched());
        assertTrue(sites.patchesOnImport("app.main"), "the process runs on the hub");
        assertFalse(sites.patchesThreadsOnImport("app.main"), "time.sleep is not a green sleep");
    }

    @Test
    void aWrapperWithOneFullPatchPatchesThreads() {
        PatchSites sites = sitesOf("app/main.py", """
                import eventlet

                def patch(debug):
                    if debug:
                        eventlet.monkey_patch(thread=False)
                    eventlet.monkey_patch(os=False)

                patch(False)
                """);
        assertTrue(sites.patchesThreadsOnImport("app.main"));
    }

    @Test
    void aPatchWhoseModulesAreKnownOnlyAtRunTimeIsPartial() {
        PatchSites sites = sitesOf("app/main.py", """
                import eventlet
                eventlet.monkey_patch(thread=not DEBUG)
                """);
        assertTrue(sites.patchesOnImport("app.main"));
        assertFalse(sites.patchesThreadsOnImport("app.main"));
    }

    @Test
    void anIfElseWhoseEveryBranchPatchesPatchesOnImport() {
        PatchSites sites = sitesOf("app/main.py", """
                import os
                import eventlet
                if os.name == 'nt':
                    eventlet.monkey_patch(os=False)
                else:
                    eventlet.monkey_patch()
                """);
        assertEquals(List.of(Guard.Kind.UNCONDITIONAL, Guard.Kind.UNCONDITIONAL),
                sites.roots().stream().map(r -> r.guard().kind()).toList());
        assertTrue(sites.patchesOnImport("app.main"));
    }

    @Test
    void aBranchThatLeavesThreadsUnpatchedStillGuards() {
        PatchSites sites = sitesOf("app/main.py", """
                import os
                import eventlet
                if os.name == 'nt':
                    eventlet.monkey_patch(os=False, thread=False)
                else:
                    eventlet.monkey_patch()
                """);
        assertTrue(sites.roots().stream().allMatch(r -> r.guard().conditional()), sites.roots().toString());
        assertFalse(sites.patchesOnImport("app.main"));
    }

    @Test
    void anIfElifWithoutAnElseStillGuardsItsPatches() {
        PatchSites sites = sitesOf("app/main.py", """
                import os
                import eventlet
                if os.name == 'nt':
                    eventlet.monkey_patch(os=False)
                elif os.environ.get('APP_PATCH'):
                    eventlet.monkey_patch()
                """);
        assertTrue(sites.roots().stream().allMatch(r -> r.guard().conditional()), sites.roots().toString());
        assertFalse(sites.patchesOnImport("app.main"));
    }

    @Test
    void environmentVariableIsNamed() {
        Guard g = onlyGuard("""
                import os
                import eventlet
                if not os.environ.get('APP_NO_PATCH'):
                    eventlet.monkey_patch()
                """);
        assertEquals(Guard.Kind.ENVIRONMENT, g.kind());
        assertEquals("APP_NO_PATCH", g.name());
    }

    @Test
    void configurationOptionIsNamed() {
        Guard g = onlyGuard("""
                import eventlet
                from app import CONF
                if CONF.service.use_eventlet:
                    eventlet.monkey_patch()
                """);
        assertEquals(Guard.Kind.CONFIG_OPTION, g.kind());
        assertEquals("service.use_eventlet", g.name());
    }

    @Test
    void commandLineFlagIsNamed() {
        Guard g = onlyGuard("""
                import sys
                import eventlet
                if '--green' in sys.argv:
                    eventlet.monkey_patch()
                """);
        assertEquals(Guard.Kind.COMMAND_LINE, g.kind());
    }

    @Test
    void parameterOfTheWrapperIsNamedAtTheCallOfTheWrapper() {
        PatchSites sites = sitesOf("app/main.py", """
                import eventlet


                def setup(patch=True):
                    if patch:
                        eventlet.monkey_patch()


                setup()
                """);
        assertEquals(1, sites.roots().size(), sites.roots().toString());
        PatchSite call = sites.roots().get(0);
        assertEquals("app.main.setup", call.via());
        assertEquals(Guard.Kind.PARAMETER, call.guard().kind());
        assertEquals("patch", call.guard().name());
        assertFalse(sites.patchesOnImport("app.main"));
    }

    @Test
    void forkChildAndVersionChecksAreOtherConditions() {
        Guard fork = onlyGuard("""
                import os
                import eventlet
                if os.fork() == 0:
                    eventlet.monkey_patch()
                """);
        assertEquals(Guard.Kind.OTHER, fork.kind());
        assertEquals("fork child", fork.name());
    }

    @Test
    void aMainFunctionCalledOnlyUnderTheMainGuardPatchesAsAProgramNotOnImport() {
        PatchSites sites = sitesOf("app/main.py", """
                import eventlet


                def main():
                    eventlet.monkey_patch()


                if __name__ == '__main__':
                    main()
                """);
        assertEquals(Guard.Kind.MAIN_ONLY, sites.roots().get(0).guard().kind());
        assertFalse(sites.patchesOnImport("app.main"));
    }

    @Test
    void aProjectWrapperReachedThroughAnAliasModulePatchesWhereverItIsCalledAtModuleLevel() {
        PatchSites sites = new FixtureProject(dir)
                .file("app/__init__.py", "")
                .file("app/concurrency.py", """
                        import eventlet
                        monkey_patch = eventlet.patcher.monkey_patch
                        """)
                .file("app/utils.py", """
                        from app import concurrency


                        def green_everything():
                            concurrency.monkey_patch(os=False)
                        """)
                .file("app/daemon.py", """
                        from app import utils
                        utils.green_everything()
                        """)
                .file("app/server.py", """
                        from app import daemon
                        """)
                .analysis().sites();
        assertTrue(sites.patchingFunctions().contains("app.utils.green_everything"));
        assertTrue(sites.patchesOnImport("app.daemon"));
        assertTrue(sites.patchesOnImport("app.server"), "imports a module that patches on import");
        assertFalse(sites.patchesOnImport("app.utils"));
    }

    @Test
    void aRelativeImportOfTheWrapperResolves() {
        PatchSites sites = new FixtureProject(dir)
                .file("app/__init__.py", "")
                .file("app/green.py", """
                        import eventlet


                        def patch():
                            eventlet.monkey_patch()
                        """)
                .file("app/cmd.py", """
                        from . import green
                        green.patch()
                        """)
                .analysis().sites();
        assertTrue(sites.patchesOnImport("app.cmd"));
    }
}
