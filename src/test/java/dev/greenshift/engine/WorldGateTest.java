package dev.greenshift.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.greenshift.recipe.Recipe;
import dev.greenshift.recipe.RecipeLoader;
import dev.greenshift.recipe.Validity;
import dev.greenshift.world.ModuleWorld;
import dev.greenshift.world.World;
import org.junit.jupiter.api.Test;

/**
 * A world round keeps a rewrite whose gate the new world answers alike ({@link WorldGate#in}): only
 * a question the rewrite asked counts, and only if the new world answers it otherwise.
 */
class WorldGateTest {
    private static final ModuleWorld NATIVE = new ModuleWorld(World.NATIVE, "native");
    private static final ModuleWorld PATCHED = new ModuleWorld(World.PATCHED, "patched");
    private static final ModuleWorld EARLY = new ModuleWorld(World.PATCHED, "patched", "imported before the patch");
    private static final ModuleWorld UNKNOWN = new ModuleWorld(World.UNKNOWN, "unknown");
    /** swift's patch: threads green, time native. */
    private static final ModuleWorld THREADS_ONLY = new ModuleWorld(World.PATCHED, "patched", null, java.util.Set.of("time"),
            "time stays unpatched by monkey_patch(all=False,thread=True) at m.py:1");
    private static final Recipe LOCK = recipe("lock", "thread");
    private static final Recipe SLEEP = recipe("sleep", "time");

    private static Recipe recipe(String id, String needs) {
        try {
            return RecipeLoader.parse("x.recipe", "p", "recipe " + id + " {\n    summary \"s\"\n    category green-threads\n    safety safe\n"
                    + "    valid both\n    needs " + needs + "\n    match call `eventlet.sleep($s)` -> `time.sleep($s)`\n}\n").byId(id);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aGateThatAskedNothingGoesToAnyWorld() {
        WorldGate gate = new WorldGate("m.py", NATIVE);
        assertNotNull(gate.in(UNKNOWN));
        assertNotNull(gate.in(PATCHED));
    }

    @Test
    void aRewriteValidInBothWorldsReadsNativeAndPatchedAlike() {
        WorldGate gate = new WorldGate("m.py", NATIVE);
        assertTrue(gate.allows(LOCK, Validity.BOTH, false));
        assertNotNull(gate.in(PATCHED));
        assertNull(gate.in(UNKNOWN), "unknown holds back what both worlds allow");
    }

    @Test
    void importTimeQuestionsFollowWhetherTheModuleIsImportedBeforeThePatch() {
        WorldGate gate = new WorldGate("m.py", PATCHED);
        assertTrue(gate.allows(LOCK, Validity.BOTH, true));
        assertNull(gate.in(EARLY));
        WorldGate inside = new WorldGate("m.py", PATCHED);
        assertTrue(inside.allows(LOCK, Validity.BOTH, false));
        assertNotNull(inside.in(EARLY), "code that runs when called is not bound on import");
    }

    @Test
    void whatARecipeNeedsPatchedIsAQuestionOfItsOwn() {
        WorldGate lock = new WorldGate("m.py", PATCHED);
        assertTrue(lock.allows(LOCK, Validity.BOTH, false));
        assertNotNull(lock.in(THREADS_ONLY), "threads are green in both");
        WorldGate sleep = new WorldGate("m.py", PATCHED);
        assertTrue(sleep.allows(SLEEP, Validity.BOTH, false));
        assertFalse(new WorldGate("m.py", THREADS_ONLY).allows(SLEEP, Validity.BOTH, false));
        assertNull(sleep.in(THREADS_ONLY), "time.sleep would block where time stays native");
    }

    @Test
    void aGateWithoutAWorldIsNeverCarried() {
        WorldGate gate = new WorldGate("m.py", null);
        assertTrue(gate.allows(LOCK, Validity.NATIVE, false));
        assertNull(gate.in(NATIVE));
        assertFalse(new WorldGate("m.py", NATIVE).allows(LOCK, Validity.PATCHED, false));
    }
}
