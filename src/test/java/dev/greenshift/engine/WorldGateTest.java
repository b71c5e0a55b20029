package dev.greenshift.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void aGateThatAskedNothingGoesToAnyWorld() {
        WorldGate gate = new WorldGate("m.py", NATIVE);
        assertNotNull(gate.in(UNKNOWN));
        assertNotNull(gate.in(PATCHED));
    }

    @Test
    void aRewriteValidInBothWorldsReadsNativeAndPatchedAlike() {
        WorldGate gate = new WorldGate("m.py", NATIVE);
        assertTrue(gate.allows(Validity.BOTH, false));
        assertNotNull(gate.in(PATCHED));
        assertNull(gate.in(UNKNOWN), "unknown holds back what both worlds allow");
    }

    @Test
    void importTimeQuestionsFollowWhetherTheModuleIsImportedBeforeThePatch() {
        WorldGate gate = new WorldGate("m.py", PATCHED);
        assertTrue(gate.allows(Validity.BOTH, true));
        assertNull(gate.in(EARLY));
        WorldGate inside = new WorldGate("m.py", PATCHED);
        assertTrue(inside.allows(Validity.BOTH, false));
        assertNotNull(inside.in(EARLY), "code that runs when called is not bound on import");
    }

    @Test
    void aGateWithoutAWorldIsNeverCarried() {
        WorldGate gate = new WorldGate("m.py", null);
        assertTrue(gate.allows(Validity.NATIVE, false));
        assertNull(gate.in(NATIVE));
        assertFalse(new WorldGate("m.py", NATIVE).allows(Validity.PATCHED, false));
    }
}
