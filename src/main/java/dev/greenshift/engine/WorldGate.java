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
    /** The questions asked ({@link #allows}), one bit per validity and onImport: what the rewrite's path followed. */
    private int asked;
    /** What {@link #findings} last gave: the findings a result in another world words again ({@link #reworded}). */
    private List<Finding> given = List.of();

    private record Held(Recipe recipe, Validity validity, int line, int column, int[] count, boolean onImport) {
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
     * True when a rewrite valid in {@code validity} may be made in this file's world (nothing is
     * counted); {@code onImport}: the code runs as the module is imported.
     */
    boolean allows(Validity validity, boolean onImport) {
        asked |= question(validity, onImport);
        return allowsIn(world, validity, onImport);
    }

    private static int question(Validity validity, boolean onImport) {
        return 1 << (2 * validity.ordinal() + (onImport ? 1 : 0));
    }

    private static boolean allowsIn(ModuleWorld world, Validity validity, boolean onImport) {
        return world == null || validity.allows(world.world()) && !(onImport && importedUnpatched(world));
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
            for (boolean onImport : new boolean[] {false, true}) {
                if ((asked & question(v, onImport)) != 0 && allowsIn(world, v, onImport) != allowsIn(other, v, onImport)) {
                    return null;
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

    /**
     * True (and counted) when the rewrite must not be made in this file's world, or, for code that
     * runs on import ({@code onImport}), when the module is imported before the process is patched:
     * {@code from time import sleep} or {@code threading.Semaphore()} at module level would then bind
     * the native object for good, while the same call inside a function finds the green one.
     */
    boolean holdsBack(Recipe recipe, Validity validity, int line, int column, boolean onImport) {
        if (allows(validity, onImport)) {
            return false;
        }
        asked |= question(validity, false); // what the world allows apart from import time decides the finding's kind
        boolean early = validity.allows(world.world());
        held.computeIfAbsent(recipe.id() + (early ? "@import" : ""), k -> new Held(recipe, validity, line, column, new int[1], early))
                .count()[0]++;
        return true;
    }

    private static boolean importedUnpatched(ModuleWorld world) {
        return world.world() == World.PATCHED && world.importedUnpatched() != null;
    }

    List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        for (Held h : held.values()) {
            String places = h.count()[0] == 1 ? "1 place" : h.count()[0] + " places";
            if (h.onImport()) {
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
