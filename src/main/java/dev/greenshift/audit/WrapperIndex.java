package dev.greenshift.audit;

import dev.greenshift.audit.FileFacts.Candidate;
import dev.greenshift.audit.FileFacts.Form;
import dev.greenshift.audit.FileFacts.Target;
import dev.greenshift.recipe.Category;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The project's names that lead to Eventlet, by absolute qualified name. Built breadth first over
 * depth: round n admits the candidates whose best target was known after round n-1, so each
 * wrapper gets its smallest depth, and each round is one pass over the candidates (hash lookups),
 * never a comparison of every file with every other.
 */
final class WrapperIndex {
    /** Rounds stop here even on a pathological chain of re-exports. */
    private static final int MAX_DEPTH = 32;

    /** A known name: how it resolves and how deep the Eventlet use behind it is. */
    record Export(Candidate candidate, String shown, String symbol, Category kind, int depth, String via) {
        boolean transparent() {
            return candidate.form() == Form.REEXPORT || candidate.form() == Form.ALIAS;
        }
    }

    /** What a reference reaches: the name to show, the Eventlet API behind it, its kind and its depth. */
    record Resolved(String symbol, String eventletSymbol, Category kind, int depth) {
    }

    private final Map<String, Export> byName = new HashMap<>();
    private final Map<String, Export> moduleEffects = new HashMap<>();

    static WrapperIndex build(Collection<Candidate> candidates) {
        WrapperIndex index = new WrapperIndex();
        List<Candidate> open = new ArrayList<>(candidates);
        for (int round = 1; round <= MAX_DEPTH && !open.isEmpty(); round++) {
            Map<String, Export> found = new HashMap<>();
            Map<String, Export> effects = new HashMap<>();
            List<Candidate> still = new ArrayList<>();
            for (Candidate c : open) {
                Export e = index.admit(c);
                if (e == null) {
                    still.add(c);
                } else if (c.form() == Form.MODULE) {
                    effects.putIfAbsent(c.qualified(), e);
                } else {
                    found.putIfAbsent(c.qualified(), e);
                }
            }
            if (found.isEmpty() && effects.isEmpty()) {
                break;
            }
            found.forEach(index.byName::putIfAbsent);
            effects.forEach(index.moduleEffects::putIfAbsent);
            open = still;
        }
        return index;
    }

    /** The export a candidate becomes given what is known so far, or null. */
    private Export admit(Candidate c) {
        Resolved best = null;
        String via = null;
        for (Target t : c.targets()) {
            Resolved r = resolve(t.qualified());
            if (r == null || (!t.wrapping() && !ApiCatalogue.isMonkeyPatch(r.kind(), r.eventletSymbol()))) {
                continue;
            }
            if (c.form() == Form.MODULE && !ApiCatalogue.isMonkeyPatch(r.kind(), r.eventletSymbol())) {
                continue;
            }
            if (best == null || r.depth() < best.depth()) {
                best = r;
                via = t.qualified();
            }
        }
        if (best == null || c.qualified().equals(via)) {
            return null;
        }
        return new Export(c, best.symbol(), best.eventletSymbol(), best.kind(), best.depth(), via);
    }

    /** An Eventlet name resolves to itself at depth 1; a project name through its longest known prefix, one deeper. */
    Resolved resolve(String qualified) {
        if (ApiCatalogue.isEventlet(qualified)) {
            return new Resolved(qualified, qualified, ApiCatalogue.kindOf(qualified), 1);
        }
        for (String prefix = qualified; ; ) {
            Export e = byName.get(prefix);
            if (e != null) {
                String rest = qualified.substring(prefix.length());
                if (e.transparent()) {
                    String shown = e.shown() + rest;
                    if (ApiCatalogue.isEventlet(shown)) {
                        return new Resolved(shown, shown, ApiCatalogue.kindOf(shown), e.depth() + 1);
                    }
                    return new Resolved(shown, e.symbol(), e.kind(), e.depth() + 1);
                }
                return new Resolved(qualified, e.symbol(), e.kind(), e.depth() + 1);
            }
            int dot = prefix.lastIndexOf('.');
            if (dot < 0) {
                return null;
            }
            prefix = prefix.substring(0, dot);
        }
    }

    /** The module-level Eventlet effect of importing {@code module} (or the module a from-import names), or null. */
    Export effectOfImport(String qualified) {
        Export e = moduleEffects.get(qualified);
        if (e == null) {
            int dot = qualified.lastIndexOf('.');
            e = dot < 0 ? null : moduleEffects.get(qualified.substring(0, dot));
        }
        return e;
    }

    boolean isKnown(String qualified) {
        return byName.containsKey(qualified);
    }

    Collection<Export> exports() {
        List<Export> all = new ArrayList<>(byName.values());
        all.addAll(moduleEffects.values());
        return all;
    }

    /** The last segment of every known name: a file that contains none of them cannot refer to one. */
    java.util.Set<String> simpleNames() {
        java.util.Set<String> s = new java.util.HashSet<>();
        for (Export e : exports()) {
            String q = e.candidate().qualified();
            s.add(q.substring(q.lastIndexOf('.') + 1));
        }
        return s;
    }
}
