package dev.greenshift.world;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every place the project monkey patches, through aliases ({@code monkey_patch = patcher.monkey_patch}),
 * re-exports and its own wrapper functions (a function that patches makes each call of it a patch
 * site, under the call's condition or, when the call has none, the wrapper's). Answers "does importing
 * this module patch the process?": only unconditional patching at module level does, directly or
 * through what the module imports at module level; a {@code main()} that patches under
 * {@code if __name__ == '__main__'} does not.
 */
public final class PatchSites {
    private static final int MAX_ALIAS_HOPS = 8;

    private final Map<String, ModuleFacts> byModule;
    private final List<PatchSite> all = new ArrayList<>();
    private final List<PatchSite> roots = new ArrayList<>();
    /** Functions that patch when called, with the guard inside them. */
    private final Map<String, Guard> patchingFunctions = new HashMap<>();
    /** Patching functions whose every site leaves threading or time native: what they leave. */
    private final Map<String, String> partialFunctions = new HashMap<>();
    private final Set<String> patchingOnImport;
    private final Set<String> patchingThreadsOnImport;
    private final Map<String, String> resolved = new HashMap<>();

    private PatchSites(Map<String, ModuleFacts> byModule, Map<String, String> scriptFunctions) {
        this.byModule = byModule;
        find();
        Set<String> called = new HashSet<>();
        for (ModuleFacts f : byModule.values()) {
            for (ModuleFacts.Call c : f.calls()) {
                called.add(resolve(c.callee()));
            }
        }
        for (PatchSite s : all) {
            if (s.scope() == null) {
                roots.add(s);
            } else if (!called.contains(s.scope())) {
                roots.add(withGuard(s, uncalledGuard(s, scriptFunctions)));
            }
        }
        patchingOnImport = patchingOnImport(roots.stream().filter(PatchSite::patchesOnImport).toList());
        patchingThreadsOnImport = patchingOnImport(roots.stream()
                .filter(r -> r.patchesOnImport() && r.patchesThreads()).toList());
    }

    /** {@code scriptFunctions}: module to function of each console_scripts entry. */
    public static PatchSites of(Map<String, ModuleFacts> byModule, Map<String, String> scriptFunctions) {
        return new PatchSites(byModule, scriptFunctions);
    }

    /** Every site, including those inside wrapper functions whose calls are sites themselves. */
    public List<PatchSite> all() {
        return all;
    }

    /** The sites that decide: module level, or inside a function nothing in the project calls. */
    public List<PatchSite> roots() {
        return roots;
    }

    /** The qualified names of the project's functions that monkey patch when called. */
    public Set<String> patchingFunctions() {
        return patchingFunctions.keySet();
    }

    /** True when importing {@code module} monkey patches the process, unconditionally (maybe partly). */
    public boolean patchesOnImport(String module) {
        return patchingOnImport.contains(module);
    }

    /** True when importing {@code module} makes threading and time green, unconditionally. */
    public boolean patchesThreadsOnImport(String module) {
        return patchingThreadsOnImport.contains(module);
    }

    /**
     * Least fixed point, walked backwards: a module patches on import when it has one of the
     * unconditional module-level {@code sites}, or imports at module level (or sits in a package whose
     * __init__) patches.
     */
    private Set<String> patchingOnImport(List<PatchSite> sites) {
        Map<String, List<String>> importedBy = new HashMap<>();
        for (ModuleFacts f : byModule.values()) {
            for (ModuleFacts.Import i : f.imports()) {
                String target = i.onImport() ? moduleOf(i.qualified()) : null;
                if (target != null) {
                    importedBy.computeIfAbsent(target, k -> new ArrayList<>()).add(f.module());
                }
            }
            for (String parent = ModuleNames.parent(f.module()); !parent.isEmpty(); parent = ModuleNames.parent(parent)) {
                importedBy.computeIfAbsent(parent, k -> new ArrayList<>()).add(f.module());
            }
        }
        Set<String> patching = new HashSet<>();
        java.util.ArrayDeque<String> work = new java.util.ArrayDeque<>();
        sites.stream().map(PatchSite::module).forEach(work::add);
        while (!work.isEmpty()) {
            String m = work.poll();
            if (patching.add(m)) {
                work.addAll(importedBy.getOrDefault(m, List.of()));
            }
        }
        return patching;
    }

    /** The longest prefix of {@code qualified} that is a module of the project, or null. */
    String moduleOf(String qualified) {
        for (String q = qualified; !q.isEmpty(); q = ModuleNames.parent(q)) {
            if (byModule.containsKey(q)) {
                return q;
            }
        }
        return null;
    }

    /** A name through the project's re-exports and aliases: {@code swift.common.concurrency.monkey_patch} to Eventlet's. */
    String resolve(String qualified) {
        // Every call of the project is resolved in each round of find(): the same callees, over and over. Not
        // computeIfAbsent(qualified, this::resolveOnce): the quick compiler allocates the bound reference on every call.
        String known = resolved.get(qualified);
        if (known == null) {
            known = resolveOnce(qualified);
            resolved.put(qualified, known);
        }
        return known;
    }

    private String resolveOnce(String qualified) {
        String q = qualified;
        for (int hop = 0; hop < MAX_ALIAS_HOPS; hop++) {
            String module = moduleOf(q);
            if (module == null || module.equals(q)) {
                return q;
            }
            String rest = q.substring(module.length() + 1);
            int dot = rest.indexOf('.');
            String name = dot < 0 ? rest : rest.substring(0, dot);
            String target = byModule.get(module).exports().get(name);
            if (target == null || target.equals(module + "." + name)) {
                return q;
            }
            q = dot < 0 ? target : target + rest.substring(dot);
        }
        return q;
    }

    static boolean isEventletPatch(String q) {
        return q.equals("eventlet.monkey_patch") || q.equals("eventlet.patcher.monkey_patch");
    }

    /** A call that may be a patch site, with what it calls through re-exports and aliases. */
    private record Candidate(ModuleFacts facts, ModuleFacts.Call call, String target) {
    }

    /** Direct sites, then wrappers round by round until no function newly patches. */
    private void find() {
        // Only Eventlet's patch or a function holding calls (only such a function comes to patch) can make a call
        // a site: the rounds go through those calls alone, in the same order, instead of every call of the project.
        Set<String> callers = new HashSet<>();
        for (ModuleFacts f : byModule.values()) {
            for (ModuleFacts.Call c : f.calls()) {
                if (c.scope() != null) {
                    callers.add(c.scope());
                }
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        for (ModuleFacts f : byModule.values()) {
            for (ModuleFacts.Call c : f.calls()) {
                String target = resolve(c.callee());
                if (isEventletPatch(target) || callers.contains(target)) {
                    candidates.add(new Candidate(f, c, target));
                }
            }
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            all.clear();
            for (Candidate candidate : candidates) {
                ModuleFacts f = candidate.facts();
                ModuleFacts.Call c = candidate.call();
                String target = candidate.target();
                boolean eventlet = isEventletPatch(target);
                Guard inner = eventlet ? Guard.UNCONDITIONAL : patchingFunctions.get(target);
                if (inner == null || target.equals(c.scope())) {
                    continue;
                }
                Guard guard = c.guard().around(inner);
                String unpatched = eventlet ? PatchArguments.unpatchedBy(c.arguments()) : partialFunctions.get(target);
                all.add(new PatchSite(f.path(), f.module(), c.line(), c.column(), target, c.scope(), guard, c.snippet(),
                        unpatched));
                if (c.scope() != null) {
                    grew |= addPatchingFunction(c.scope(), guard, unpatched);
                }
            }
        }
        all.sort(java.util.Comparator.comparing(PatchSite::path).thenComparingInt(PatchSite::line).thenComparingInt(PatchSite::column));
    }

    /**
     * Records that {@code function} patches under {@code guard}; an unconditional site wins over a
     * conditional one, and a site that patches threads over one that leaves them native.
     */
    private boolean addPatchingFunction(String function, Guard guard, String unpatched) {
        Guard before = patchingFunctions.get(function);
        Guard inside = guard.kind() == Guard.Kind.MAIN_ONLY ? Guard.UNCONDITIONAL : guard;
        if (before == null) {
            patchingFunctions.put(function, inside);
            if (unpatched != null) {
                partialFunctions.put(function, unpatched);
            }
            return true;
        }
        // One site that patches threads too makes the function a full patch (sites only ever add up).
        boolean widened = unpatched == null && partialFunctions.remove(function) != null;
        if (before.conditional() && !inside.conditional()) {
            patchingFunctions.put(function, inside);
            return true;
        }
        return widened;
    }

    /** A site in a function nothing calls: it patches when a program calls it (a console script's function), if ever. */
    private static Guard uncalledGuard(PatchSite s, Map<String, String> scriptFunctions) {
        if (s.guard().conditional()) {
            return s.guard();
        }
        String function = scriptFunctions.get(s.module());
        if (function != null && s.scope().equals(s.module() + "." + function)) {
            return Guard.MAIN_ONLY;
        }
        return new Guard(Guard.Kind.OTHER, "function nobody in the project calls", "inside " + s.scope() + "()");
    }

    private static PatchSite withGuard(PatchSite s, Guard g) {
        return new PatchSite(s.path(), s.module(), s.line(), s.column(), s.via(), s.scope(), g, s.snippet(), s.unpatched());
    }
}
