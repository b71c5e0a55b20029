package dev.greenshift.world;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The world of every module, from the entry points, the import graph and the patch sites. The part
 * that does not depend on the run is computed once ({@link #of}); {@link #decide} then takes what the
 * run leaves green and settles each module:
 * <ul>
 *   <li>NATIVE when every entry point that reaches it reaches nothing green after the run (its
 *       monkey patching then goes too);</li>
 *   <li>PATCHED when every entry point that reaches it monkey patches, unconditionally, on import or
 *       when run;</li>
 *   <li>UNKNOWN otherwise: nothing in the project runs it, an entry point does not patch while
 *       Eventlet stays, or patches only under a condition.</li>
 * </ul>
 */
public final class WorldAnalysis {
    private static final int SHOWN = 3;

    private final List<ModuleFacts> modules;
    private final Map<String, Integer> indexOf = new HashMap<>();
    private final Map<String, Integer> byPath = new HashMap<>();
    private final PatchSites sites;
    private final List<EntryPoint> entries = new ArrayList<>();
    private final List<BitSet> closures = new ArrayList<>();
    /** Per entry: the modules it imports before its patch runs, with why, or null (it patches first, or never). */
    private final List<Early> beforePatch = new ArrayList<>();
    /** Python's import order from an entry point, up to its first patch. */
    private final ImportOrder importOrder;

    /** Modules imported before a patch runs, and why in words. */
    private record Early(BitSet modules, String why) {
    }
    /** Per entry: how it patches; the import it cannot see into (outside the paths given), or null. */
    private final List<Patching> patching = new ArrayList<>();
    /**
     * Per entry that always makes threading green: what of Eventlet's thread and time its patches
     * leave native (empty for a full patch); null for an entry after whose patches threads may stay
     * native. Worked out once: every round asks it for every module the entry reaches.
     */
    private final List<Set<String>> threadsGreenLeaving = new ArrayList<>();
    private final List<String> unseen = new ArrayList<>();
    /** Per module: the entries whose closure holds it. */
    private final List<List<Integer>> reachedBy = new ArrayList<>();
    /** Per module, the project modules its imports name (with their packages). */
    private final List<BitSet> edges;

    /**
     * How an entry point patches: always, never, under the conditions of {@code sites}, or always but
     * partly (the {@code sites} leave threading or time native, so the stdlib's threads and sleeps
     * are not green threads there).
     */
    public record Patching(Kind kind, List<PatchSite> sites) {
        public enum Kind { ALWAYS, NEVER, CONDITIONAL, PARTIAL }
    }

    private WorldAnalysis(List<ModuleFacts> modules, List<ConsoleScripts.Script> scripts) {
        this.modules = List.copyOf(modules);
        Map<String, ModuleFacts> byModule = new LinkedHashMap<>();
        for (ModuleFacts f : this.modules) {
            byModule.putIfAbsent(f.module(), f);
        }
        for (int i = 0; i < this.modules.size(); i++) {
            indexOf.putIfAbsent(this.modules.get(i).module(), i);
        }
        Map<String, String> scriptFunctions = new HashMap<>();
        scripts.forEach(s -> scriptFunctions.put(s.module(), s.function()));
        this.sites = PatchSites.of(byModule, scriptFunctions);
        this.edges = edges();
        findEntries(scripts, edges);
        for (int m = 0; m < this.modules.size(); m++) {
            reachedBy.add(new ArrayList<>());
            byPath.put(this.modules.get(m).path(), m);
        }
        List<String> unseenOf = unseenImports();
        for (int e = 0; e < entries.size(); e++) {
            BitSet closure = closure(indexOf.get(entries.get(e).module()), edges);
            closures.add(closure);
            for (int m = closure.nextSetBit(0); m >= 0; m = closure.nextSetBit(m + 1)) {
                reachedBy.get(m).add(e);
            }
            patching.add(patchingOf(entries.get(e), closure));
            unseen.add(firstUnseen(closure, unseenOf));
        }
        patching.forEach(p -> threadsGreenLeaving.add(threadsGreenLeaving(p)));
        this.importOrder = new ImportOrder(this.modules, indexOf, sites::moduleOf, sites.roots());
        List<BitSet> onImport = onImportEdges();
        for (int e = 0; e < entries.size(); e++) {
            beforePatch.add(patchesThreads(e) ? importedBeforePatch(e, onImport) : null);
        }
    }

    /**
     * What entry {@code e} imports before its patch runs. An entry that patches as a program (in
     * main(), under the main guard) has imported everything its module-level imports reach by then,
     * itself included. One that patches on import has imported what Python's import order loads
     * before the first patch runs ({@link ImportOrder}): {@code import app.utils} then
     * {@code eventlet.monkey_patch()}, through any number of modules. What a module binds while it
     * is imported (a name taken from time or threading, a lock made at module level, a class base)
     * then stays native.
     */
    private Early importedBeforePatch(int e, List<BitSet> onImport) {
        EntryPoint entry = entries.get(e);
        int at = indexOf.get(entry.module());
        boolean full = patching.get(e).kind() == Patching.Kind.ALWAYS;
        // The patch that makes threading green: a full one, or for an entry that patches only partly, its partial one.
        Predicate<PatchSite> greensThreads = full ? PatchSite::patchesThreads : s -> !s.leftNative().contains("thread");
        if (full ? !sites.patchesThreadsOnImport(entry.module()) : !sites.patchesOnImport(entry.module())) {
            PatchSite site = patching.get(e).sites().stream()
                    .filter(s -> s.module().equals(entry.module()) && greensThreads.test(s)).findFirst().orElse(null);
            return new Early(closure(at, onImport), "imported before " + entry.module() + " monkey patches when it runs"
                    + (site == null ? "" : " (" + site.path() + ":" + site.line() + ")"));
        }
        ImportOrder.Before before = importOrder.from(at, greensThreads);
        if (before.patch() == null) {
            // The import graph says importing the entry patches, but the walk met no patch: count all it loaded.
            return new Early(closure(at, onImport), "imported by " + entry.module() + " where greenshift could not place its monkey patch");
        }
        return new Early(before.modules(), "imported by " + entry.module() + " before the monkey patch at "
                + before.patch().path() + ":" + before.patch().line() + " runs");
    }

    /** Per module, the modules its module-level imports load as it is imported, and its packages. */
    private List<BitSet> onImportEdges() {
        List<BitSet> out = new ArrayList<>();
        for (ModuleFacts f : modules) {
            BitSet targets = new BitSet();
            for (ModuleFacts.Import i : f.imports()) {
                if (i.onImport()) {
                    addWithPackages(targets, sites.moduleOf(i.qualified()));
                }
            }
            addWithPackages(targets, ModuleNames.parent(f.module()));
            out.add(targets);
        }
        return out;
    }

    public static WorldAnalysis of(List<ModuleFacts> modules, List<ConsoleScripts.Script> scripts) {
        return new WorldAnalysis(modules, scripts);
    }

    public PatchSites sites() {
        return sites;
    }

    public List<EntryPoint> entryPoints() {
        return entries;
    }

    public Patching patchingOf(EntryPoint entry) {
        return patching.get(entries.indexOf(entry));
    }

    /** The entry points whose import closure holds the module at {@code path}. */
    public List<EntryPoint> entryPointsReaching(String path) {
        Integer m = indexOfPath(path);
        return m == null ? List.of() : reachedBy.get(m).stream().map(entries::get).toList();
    }

    /**
     * The paths of the project modules that the module at {@code path} imports, the packages they
     * sit in included, or null when the analysis has no module at that path.
     */
    public java.util.Set<String> importsOf(String path) {
        Integer m = indexOfPath(path);
        if (m == null) {
            return null;
        }
        java.util.Set<String> out = new java.util.HashSet<>();
        BitSet next = edges.get(m);
        for (int t = next.nextSetBit(0); t >= 0; t = next.nextSetBit(t + 1)) {
            out.add(modules.get(t).path());
        }
        return out;
    }

    /**
     * Why the module at {@code path} is imported before a patch runs (an entry point that reaches it
     * patches in main(), or below an import of it), or null when every patching entry point that
     * reaches it patches first, or the analysis has no module there.
     */
    public String importedUnpatched(String path) {
        Integer m = indexOfPath(path);
        return m == null ? null : importedUnpatched(m);
    }

    private String importedUnpatched(int m) {
        return reachedBy.get(m).stream().map(beforePatch::get).filter(java.util.Objects::nonNull)
                .filter(x -> x.modules().get(m)).map(Early::why).findFirst().orElse(null);
    }

    /** The dotted name of the module at {@code path}, or null. */
    public String moduleAt(String path) {
        Integer m = indexOfPath(path);
        return m == null ? null : modules.get(m).module();
    }

    /**
     * The world of each module (by path), given which modules stay green after the run (still import
     * Eventlet or run green code such as {@code executor='eventlet'}).
     */
    public Map<String, ModuleWorld> decide(Predicate<String> greenAfterRun) {
        BitSet green = new BitSet();
        for (int m = 0; m < modules.size(); m++) {
            if (greenAfterRun.test(modules.get(m).path())) {
                green.set(m);
            }
        }
        List<String> blockers = new ArrayList<>();
        for (int e = 0; e < entries.size(); e++) {
            blockers.add(blocker(e, green));
        }
        Map<String, ModuleWorld> out = new LinkedHashMap<>();
        for (int m = 0; m < modules.size(); m++) {
            out.put(modules.get(m).path(), worldOf(m, blockers));
        }
        return out;
    }

    /** {@code blockerOf}: per entry point, what keeps it green after the run (null: nothing). */
    private ModuleWorld worldOf(int m, List<String> blockerOf) {
        List<Integer> reaching = reachedBy.get(m);
        if (reaching.isEmpty()) {
            return new ModuleWorld(World.UNKNOWN, "no entry point of the project imports it (a library: --world patched when all its users"
                    + " monkey patch)");
        }
        List<String> blockers = new ArrayList<>();
        for (int e : reaching) {
            String blocker = blockerOf.get(e);
            if (blocker != null) {
                blockers.add(blocker);
            }
        }
        if (blockers.isEmpty()) {
            return new ModuleWorld(World.NATIVE, "nothing green is left in the imports of " + entryWords(reaching));
        }
        String stays = "Eventlet stays for " + String.join("; ", blockers.subList(0, Math.min(SHOWN, blockers.size())))
                + (blockers.size() > SHOWN ? "; and " + (blockers.size() - SHOWN) + " more entry points" : "");
        List<Integer> notPatching = reaching.stream().filter(e -> !patchesThreads(e)).toList();
        if (notPatching.isEmpty()) {
            // Threads are green in every process; time may stay native in some (swift patches threads, not time).
            java.util.Set<String> leftNative = new java.util.TreeSet<>();
            String partly = null;
            int partial = 0;
            for (int e : reaching) {
                Patching p = patching.get(e);
                if (p.kind() == Patching.Kind.PARTIAL) {
                    leftNative.addAll(threadsGreenLeaving.get(e));
                    partly = partly == null ? partly(p.sites()) : partly;
                    partial++;
                }
            }
            if (partly == null) {
                return new ModuleWorld(World.PATCHED, "every entry point that imports it monkey patches (" + entryWords(reaching) + "); "
                        + stays, importedUnpatched(m));
            }
            String where = partly + (partial > 1 ? " (and " + (partial - 1) + " more entry points)" : "");
            return new ModuleWorld(World.PATCHED, "every entry point that imports it monkey patches threads (" + entryWords(reaching)
                    + "), but " + where + "; " + stays, importedUnpatched(m), leftNative, where);
        }
        int first = notPatching.get(0);
        EntryPoint e = entries.get(first);
        Patching p = patching.get(first);
        String why = switch (p.kind()) {
            case NEVER -> e.module() + " (" + e.kind().words() + ") does not monkey patch";
            case PARTIAL -> e.module() + " (" + e.kind().words() + ") monkey patches only partly: " + partly(p.sites());
            default -> e.module() + " (" + e.kind().words() + ") monkey patches only " + conditions(p.sites());
        };
        return new ModuleWorld(World.UNKNOWN, why + (notPatching.size() > 1 ? " (and " + (notPatching.size() - 1) + " more)" : "")
                + "; " + stays);
    }

    /**
     * True when entry {@code e} always makes threading green: a full patch, or a partial one that
     * leaves only time native. Rewrites onto threading are right there; onto time.sleep only after a full patch.
     */
    private boolean patchesThreads(int e) {
        return threadsGreenLeaving.get(e) != null;
    }

    /** What {@link #threadsGreenLeaving} holds for an entry that patches as {@code p}. */
    private static Set<String> threadsGreenLeaving(Patching p) {
        if (p.kind() == Patching.Kind.ALWAYS) {
            return Set.of();
        }
        if (p.kind() != Patching.Kind.PARTIAL) {
            return null;
        }
        Set<String> left = new java.util.TreeSet<>();
        p.sites().forEach(s -> left.addAll(s.leftNative()));
        return left.contains("thread") ? null : Set.copyOf(left);
    }

    /** What keeps an entry point green after the run: the first green modules of its closure, or null when none. */
    private String blocker(int e, BitSet green) {
        if (unseen.get(e) != null) {
            return entries.get(e).module() + " (imports " + unseen.get(e) + ", outside the paths given)";
        }
        BitSet left = (BitSet) closures.get(e).clone();
        left.and(green);
        if (left.isEmpty()) {
            return null;
        }
        List<String> files = new ArrayList<>();
        for (int m = left.nextSetBit(0); m >= 0 && files.size() < SHOWN; m = left.nextSetBit(m + 1)) {
            files.add(modules.get(m).path());
        }
        int more = left.cardinality() - files.size();
        return entries.get(e).module() + " in " + String.join(", ", files) + (more > 0 ? " and " + more + " more" : "");
    }

    private String entryWords(List<Integer> reaching) {
        String first = entries.get(reaching.get(0)).module();
        return reaching.size() == 1 ? first : first + " and " + (reaching.size() - 1) + " more entry points";
    }

    /** "time stays unpatched by monkey_patch(all=False,socket=True) at path:line (through a wrapper)", two at most. */
    private static String partly(List<PatchSite> sites) {
        List<String> words = new ArrayList<>();
        for (PatchSite s : sites) {
            String w = s.unpatched() + " at " + s.path() + ":" + s.line() + (s.direct() ? "" : " (through " + s.via() + ")");
            if (!words.contains(w) && words.size() < 2) {
                words.add(w);
            }
        }
        return String.join(", ", words);
    }

    private static String conditions(List<PatchSite> sites) {
        List<String> words = new ArrayList<>();
        for (PatchSite s : sites) {
            String w = "under " + s.guard().describe() + " at " + s.path() + ":" + s.line();
            if (!words.contains(w) && words.size() < 2) {
                words.add(w);
            }
        }
        return String.join(", ", words);
    }

    /** Patches always: on import through its closure, or as a program (main guard, console script's function). */
    private Patching patchingOf(EntryPoint entry, BitSet closure) {
        List<PatchSite> reached = new ArrayList<>();
        for (PatchSite s : sites.roots()) {
            Integer m = indexOf.get(s.module());
            if (m != null && closure.get(m)) {
                reached.add(s);
            }
        }
        if (sites.patchesThreadsOnImport(entry.module())) {
            return new Patching(Patching.Kind.ALWAYS, reached);
        }
        List<PatchSite> asProgram = entry.test() ? List.of() : reached.stream()
                .filter(s -> s.module().equals(entry.module()) && s.guard().kind() == Guard.Kind.MAIN_ONLY).toList();
        if (asProgram.stream().anyMatch(PatchSite::patchesThreads)) {
            return new Patching(Patching.Kind.ALWAYS, reached);
        }
        if (sites.patchesOnImport(entry.module()) || !asProgram.isEmpty()) {
            return new Patching(Patching.Kind.PARTIAL, reached.stream()
                    .filter(s -> !s.patchesThreads() && (s.patchesOnImport() || asProgram.contains(s))).toList());
        }
        return new Patching(reached.isEmpty() ? Patching.Kind.NEVER : Patching.Kind.CONDITIONAL,
                reached.stream().filter(s -> !s.patchesOnImport()).toList());
    }

    private void findEntries(List<ConsoleScripts.Script> scripts, List<BitSet> edges) {
        Map<String, ConsoleScripts.Script> scriptOf = new HashMap<>();
        scripts.forEach(s -> scriptOf.putIfAbsent(s.module(), s));
        BitSet imported = new BitSet();
        for (int m = 0; m < modules.size(); m++) {
            BitSet targets = (BitSet) edges.get(m).clone();
            targets.clear(m);
            imported.or(targets);
        }
        for (int m = 0; m < modules.size(); m++) {
            ModuleFacts f = modules.get(m);
            if (indexOf.get(f.module()) != m) {
                continue;
            }
            ConsoleScripts.Script script = scriptOf.get(f.module());
            EntryPoint.Kind kind = script != null ? EntryPoint.Kind.CONSOLE_SCRIPT
                    : f.test() && EntryPoints.isTestModule(f.path()) ? EntryPoint.Kind.TEST
                    : f.test() && f.packageInit() ? EntryPoint.Kind.TEST_PACKAGE
                    : f.path().endsWith("__main__.py") ? EntryPoint.Kind.MAIN_MODULE
                    : f.mainGuard() && !f.test() ? EntryPoint.Kind.MAIN_GUARD
                    : f.script() && !imported.get(m) && !f.test() ? EntryPoint.Kind.SCRIPT
                    : null;
            if (kind != null) {
                entries.add(new EntryPoint(f.module(), f.path(), kind, script == null ? null : script.function()));
            }
        }
    }

    /** Per module, the modules it imports (anywhere in it: a function's import runs when the function does) and its packages. */
    private List<BitSet> edges() {
        List<BitSet> out = new ArrayList<>();
        for (ModuleFacts f : modules) {
            BitSet targets = new BitSet();
            for (ModuleFacts.Import i : f.imports()) {
                addWithPackages(targets, sites.moduleOf(i.qualified()));
            }
            addWithPackages(targets, ModuleNames.parent(f.module()));
            out.add(targets);
        }
        return out;
    }

    private void addWithPackages(BitSet targets, String module) {
        for (String m = module; m != null && !m.isEmpty(); m = ModuleNames.parent(m)) {
            Integer i = indexOf.get(m);
            if (i != null) {
                targets.set(i);
            }
        }
    }

    private static BitSet closure(int start, List<BitSet> edges) {
        BitSet seen = new BitSet();
        java.util.ArrayDeque<Integer> work = new java.util.ArrayDeque<>();
        work.add(start);
        while (!work.isEmpty()) {
            int m = work.poll();
            if (seen.get(m)) {
                continue;
            }
            seen.set(m);
            BitSet next = edges.get(m);
            for (int t = next.nextSetBit(0); t >= 0; t = next.nextSetBit(t + 1)) {
                if (!seen.get(t)) {
                    work.add(t);
                }
            }
        }
        return seen;
    }

    /** Per module, an import into the project's own packages that names no module given to the run, or null. */
    private List<String> unseenImports() {
        Set<String> tops = new HashSet<>();
        for (ModuleFacts f : modules) {
            if (f.module().contains(".")) {
                tops.add(f.module().substring(0, f.module().indexOf('.')));
            }
        }
        List<String> out = new ArrayList<>();
        for (ModuleFacts f : modules) {
            String found = null;
            for (ModuleFacts.Import i : f.imports()) {
                String q = i.qualified();
                String top = ModuleNames.top(q);
                if (tops.contains(top) && sites.moduleOf(q) == null) {
                    found = q;
                    break;
                }
            }
            out.add(found);
        }
        return out;
    }

    private static String firstUnseen(BitSet closure, List<String> unseenOf) {
        for (int m = closure.nextSetBit(0); m >= 0; m = closure.nextSetBit(m + 1)) {
            if (unseenOf.get(m) != null) {
                return unseenOf.get(m);
            }
        }
        return null;
    }

    private Integer indexOfPath(String path) {
        return byPath.get(path);
    }
}
