package dev.greenshift.world;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Python's import order, followed until the first monkey patch runs: which modules are imported
 * whole before the process turns green. Importing a module imports its packages first, then runs
 * its body top to bottom, where each module-level import runs the imported module's body at once
 * (unless it was imported before). So in {@code from app import utils; import app.green} (which
 * patches) {@code app.utils} and all it imports were loaded unpatched, however many modules lie
 * between the entry point and the patch: a name such a module bound from time or threading is the
 * native one for good.
 *
 * <p>A module still being imported when the patch runs (the patching module, the modules whose
 * imports led to it) is not counted: its code below that line runs patched. Every module-level
 * import is taken to run, whatever {@code try}/{@code if} it sits in.
 */
final class ImportOrder {
    /** The modules imported whole before the first patch, and the patch (null: none was reached). */
    record Before(BitSet modules, PatchSite patch) {
    }

    private final List<ModuleFacts> modules;
    private final Map<String, Integer> indexOf;
    private final Function<String, String> moduleOf;
    /** Per module, its module-level imports and thread-patching sites, in the order they run. */
    private final Map<Integer, List<Step>> steps = new HashMap<>();
    private final Map<Integer, List<PatchSite>> sitesIn = new HashMap<>();

    /** One statement of a module body that matters here: an import of a project module, or a patch. */
    private record Step(int line, Integer imported, PatchSite patch) {
    }

    /** {@code moduleOf}: the project module a qualified import names (its longest module prefix), or null. */
    ImportOrder(List<ModuleFacts> modules, Map<String, Integer> indexOf, Function<String, String> moduleOf, List<PatchSite> roots) {
        this.modules = modules;
        this.indexOf = indexOf;
        this.moduleOf = moduleOf;
        for (PatchSite s : roots) {
            Integer m = indexOf.get(s.module());
            if (m != null && s.patchesOnImport()) {
                sitesIn.computeIfAbsent(m, k -> new ArrayList<>()).add(s);
            }
        }
    }

    /** Imports {@code entry} as Python would, stopping at the first patch that {@code counts} (one that makes threading green). */
    Before from(int entry, java.util.function.Predicate<PatchSite> counts) {
        BitSet started = new BitSet();
        BitSet done = new BitSet();
        PatchSite[] patch = new PatchSite[1];
        importModule(entry, counts, started, done, patch);
        return new Before(done, patch[0]);
    }

    private void importModule(int m, java.util.function.Predicate<PatchSite> counts, BitSet started, BitSet done, PatchSite[] patch) {
        if (patch[0] != null || started.get(m)) {
            return;
        }
        // The nearest package above that the project has (a namespace package in between has no code).
        for (String parent = ModuleNames.parent(modules.get(m).module()); !parent.isEmpty(); parent = ModuleNames.parent(parent)) {
            Integer p = indexOf.get(parent);
            if (p != null) {
                importModule(p, counts, started, done, patch);
                if (patch[0] != null) {
                    return;
                }
                break;
            }
        }
        started.set(m);
        for (Step s : stepsOf(m)) {
            if (s.patch() != null) {
                if (counts.test(s.patch())) {
                    patch[0] = s.patch();
                    return;
                }
                continue;
            }
            importModule(s.imported(), counts, started, done, patch);
            if (patch[0] != null) {
                return;
            }
        }
        done.set(m);
    }

    private List<Step> stepsOf(int m) {
        return steps.computeIfAbsent(m, k -> {
            List<Step> out = new ArrayList<>();
            for (ModuleFacts.Import i : modules.get(k).imports()) {
                String target = i.onImport() ? moduleOf.apply(i.qualified()) : null;
                Integer t = target == null ? null : indexOf.get(target);
                if (t != null && t != k) {
                    out.add(new Step(i.line(), t, null));
                }
            }
            for (PatchSite s : sitesIn.getOrDefault(k, List.of())) {
                out.add(new Step(s.line(), null, s));
            }
            // On one line the import runs first: `import eventlet; eventlet.monkey_patch()`.
            out.sort(Comparator.comparingInt(Step::line).thenComparing(s -> s.patch() != null));
            return out;
        });
    }
}
