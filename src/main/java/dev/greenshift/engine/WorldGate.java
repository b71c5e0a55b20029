package dev.greenshift.engine;

import dev.greenshift.recipe.Recipe;
import dev.greenshift.recipe.Validity;
import dev.greenshift.world.ModuleWorld;
import dev.greenshift.world.World;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Holds back the rewrites that are wrong in a file's world (a stdlib sleep next to unpatched green
 * threads, tpool removed while the process is still patched) and reports each recipe held back once
 * per file, with how many places, why, and the way forward.
 */
final class WorldGate {
    private final String path;
    private final ModuleWorld world;
    private final Map<String, Held> held = new LinkedHashMap<>();

    private record Held(Recipe recipe, Validity validity, int line, int column, int[] count) {
    }

    /** {@code world} null: the world is not known to matter (a program given whole), every rewrite goes. */
    WorldGate(String path, ModuleWorld world) {
        this.path = path;
        this.world = world;
    }

    /** True when a rewrite valid in {@code validity} may be made in this file's world (nothing is counted). */
    boolean allows(Validity validity) {
        return world == null || validity.allows(world.world());
    }

    /** True (and counted) when the rewrite must not be made in this file's world. */
    boolean holdsBack(Recipe recipe, Validity validity, int line, int column) {
        if (world == null || validity.allows(world.world())) {
            return false;
        }
        held.computeIfAbsent(recipe.id(), k -> new Held(recipe, validity, line, column, new int[1])).count()[0]++;
        return true;
    }

    List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        for (Held h : held.values()) {
            String places = h.count()[0] == 1 ? "1 place" : h.count()[0] + " places";
            out.add(new Finding(path, h.line(), h.column(), h.recipe().id(), h.recipe().safety(), Finding.Kind.GATED,
                    "not applied (" + places + "): valid " + h.validity().where() + ", and this module is " + world.world().word()
                            + ": " + world.reason() + "; " + wayForward(h.validity())));
        }
        return out;
    }

    private String wayForward(Validity validity) {
        if (world.world() == World.UNKNOWN && validity != Validity.NATIVE) {
            return "use the neutral pack (--recipes neutral) for a rewrite that works in both worlds, or state the world"
                    + " with --world patched|native once every entry point agrees";
        }
        if (validity == Validity.NATIVE) {
            return "migrate what keeps Eventlet in those modules first, then run again";
        }
        return "this rewrite assumes a monkey patched process";
    }
}
