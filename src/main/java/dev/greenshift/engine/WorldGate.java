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
    private final Map<String, Held> held;
    /**
     * The questions asked ({@link #why}), one bit per validity, import time and what of thread and
     * time the recipe needs patched: what the rewrite's path followed.
     */
    private int asked;
    /** What {@link #findings} last gave: the findings a result in another world words again ({@link #reworded}). */
    private List<Finding> given = List.of();

    /** Why a recipe is held back in this file: its world, the patch leaving what it needs native, or the import order. */
    private enum Why { WORLD, LEFT_NATIVE, ON_IMPORT }

    private record Held(Recipe recipe, Validity validity, int line, int column, int[] count, Why why) {
    }

    /** {@code world} null: the world is not known to matter (a program given whole), every rewrite goes. */
    WorldGate(String path, ModuleWorld world) {
        this(path, world, new LinkedHashMap<>(), 0);
    }

    private WorldGate(String path, ModuleWorld world, Map<String, Held> held, int asked) {
        this.path = path;
        this.world = world;
        this.held = held;
        this.asked = asked;
    }

    /**
     * True when a rewrite of {@code recipe} valid in {@code validity} may be made in this file's world
     * (nothing is counted); {@code onImport}: the code runs as the module is imported.
     */
    boolean allows(Recipe recipe, Validity validity, boolean onImport) {
        return why(recipe, validity, onImport) == null;
    }

    /**
     * True (and counted) when the rewrite must not be made in this file's world; when the process's
     * patch leaves native what the rewrite needs green (time.sleep where monkey_patch() leaves time
     * alone); or, for code that runs on import ({@code onImport}), when the module is imported before
     * the process is patched: {@code from time import sleep} or {@code threading.Semaphore()} at
     * module level would then bind the native object for good, while the same call inside a
     * function finds the green one.
     */
    boolean holdsBack(Recipe recipe, Validity validity, int line, int column, boolean onImport) {
        Why why = why(recipe, validity, onImport);
        if (why == null) {
            return false;
        }
        held.computeIfAbsent(recipe.id() + "@" + why, k -> new Held(recipe, validity, line, column, new int[1], why)).count()[0]++;
        return true;
    }

    private Why why(Recipe recipe, Validity validity, boolean onImport) {
        int needs = bits(recipe.needsPatched());
        asked |= question(validity, onImport, needs);
        return whyIn(world, validity, onImport, needs);
    }

    /** Eventlet's thread and time among {@code keywords} as two bits: what a recipe needs patched, or what a patch leaves native. */
    private static int bits(java.util.Set<String> keywords) {
        return (keywords.contains("thread") ? 1 : 0) | (keywords.contains("time") ? 2 : 0);
    }

    private static int question(Validity validity, boolean onImport, int needs) {
        return 1 << ((2 * validity.ordinal() + (onImport ? 1 : 0)) * 4 + needs);
    }

    private static Why whyIn(ModuleWorld world, Validity validity, boolean onImport, int needs) {
        if (world == null) {
            return null;
        }
        if (!validity.allows(world.world())) {
            return Why.WORLD;
        }
        if (world.world() == World.PATCHED && validity != Validity.ANYWHERE && (needs & bits(world.leftNative())) != 0) {
            return Why.LEFT_NATIVE;
        }
        return onImport && importedUnpatched(world) ? Why.ON_IMPORT : null;
    }

    /**
     * This gate as the same rewrite would have met it in {@code other}, or null when {@code other}
     * answers one of the questions it was asked otherwise. The rewrite reads its world through
     * nothing but this gate, so with the same answers it takes the same path: the same edits, the
     * same places held back; only the words of what was held back follow the new world's reason.
     */
    WorldGate in(ModuleWorld other) {
        if (world == null || other == null) {
            return null;
        }
        for (Validity v : Validity.values()) {
            for (int onImport = 0; onImport < 2; onImport++) {
                for (int needs = 0; needs < 4; needs++) {
                    if ((asked & question(v, onImport == 1, needs)) != 0
                            && whyIn(world, v, onImport == 1, needs) != whyIn(other, v, onImport == 1, needs)) {
                        return null;
                    }
                }
            }
        }
        return new WorldGate(path, other, held, asked);
    }

    /** {@code result}, made with {@code before}, with its held-back findings worded for this gate's world ({@link #in}). */
    FileResult reworded(FileResult result, WorldGate before) {
        Map<Finding, Finding> now = new java.util.IdentityHashMap<>();
        List<Finding> mine = findings();
        for (int k = 0; k < mine.size(); k++) {
            now.put(before.given.get(k), mine.get(k));
        }
        List<Finding> findings = result.findings().stream().map(f -> now.getOrDefault(f, f)).toList();
        return new FileResult(result.file(), result.output(), result.editsByRecipe(), findings, result.conflicts(), result.error(),
                result.importsLibrary(), result.uses());
    }

    private static boolean importedUnpatched(ModuleWorld world) {
        return world.world() == World.PATCHED && world.importedUnpatched() != null;
    }

    List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        for (Held h : held.values()) {
            String places = h.count()[0] == 1 ? "1 place" : h.count()[0] + " places";
            if (h.why() == Why.LEFT_NATIVE) {
                List<String> needed = h.recipe().needsPatched().stream().filter(world.leftNative()::contains).sorted().toList();
                String what = String.join(" and ", needed);
                out.add(new Finding(path, h.line(), h.column(), h.recipe().id(), h.recipe().safety(), Finding.Kind.GATED,
                        "not applied (" + places + "): this module runs monkey patched, but " + world.partly() + "; this rewrite needs "
                                + what + " patched (the standard library's " + ("time".equals(what) ? "sleep" : "call")
                                + " would block every green thread of the process): keep Eventlet's here until the process patches "
                                + what + " too, or use the neutral pack (--recipes neutral)"));
                continue;
            }
            if (h.why() == Why.ON_IMPORT) {
                out.add(new Finding(path, h.line(), h.column(), h.recipe().id(), h.recipe().safety(), Finding.Kind.GATED,
                        "not applied (" + places + (h.count()[0] == 1 ? " that runs or binds its name" : " that run or bind their names")
                                + " on import): this module is " + world.importedUnpatched()
                                + ", so what it binds on import (a name taken from the standard library, an object made at"
                                + " module level, a class base) would stay native; patch before importing it, or move"
                                + " these into the functions that use them"));
                continue;
            }
            out.add(new Finding(path, h.line(), h.column(), h.recipe().id(), h.recipe().safety(), Finding.Kind.GATED,
                    "not applied (" + places + "): valid " + h.validity().where() + ", and this module is " + world.world().word()
                            + ": " + world.reason() + "; " + wayForward(h.validity())));
        }
        given = out;
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
