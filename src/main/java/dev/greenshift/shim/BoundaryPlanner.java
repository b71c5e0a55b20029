package dev.greenshift.shim;

import dev.greenshift.lex.TokenKind;
import dev.greenshift.lex.TokenStream;
import dev.greenshift.names.Binding;
import dev.greenshift.names.NameTable;
import dev.greenshift.syntax.Module;
import dev.greenshift.syntax.Statement;
import dev.greenshift.syntax.StatementKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the boundary of a shared module ({@code shim plan}, step 1 of moving parts off Eventlet one
 * at a time): its public functions and classes (and their public methods) whose bodies use
 * Eventlet directly or through the module's other functions, and what each exposes of Eventlet.
 * Every name is resolved by the module's {@link NameTable}; callers come from {@link CallerIndex}.
 */
public final class BoundaryPlanner {

    /** What a call of an Eventlet API hands back, by canonical name. */
    private static final Map<String, String> MADE_BY = Map.ofEntries(
            Map.entry("eventlet.spawn", "GreenThread"),
            Map.entry("eventlet.spawn_after", "GreenThread"),
            Map.entry("eventlet.spawn_after_local", "GreenThread"),
            Map.entry("eventlet.GreenThread", "GreenThread"),
            Map.entry("eventlet.GreenPool", "GreenPool"),
            Map.entry("eventlet.GreenPile", "GreenPile"),
            Map.entry("eventlet.event.Event", "Event"),
            Map.entry("eventlet.Event", "Event"),
            Map.entry("eventlet.Queue", "Queue"),
            Map.entry("eventlet.LightQueue", "Queue"),
            Map.entry("eventlet.queue.PriorityQueue", "Queue"),
            Map.entry("eventlet.queue.LifoQueue", "Queue"),
            Map.entry("eventlet.semaphore.Semaphore", "Semaphore"),
            Map.entry("eventlet.Timeout", "Timeout"),
            Map.entry("eventlet.listen", "green socket"),
            Map.entry("eventlet.connect", "green socket"));

    /** The exposure of a function that lets eventlet.Timeout out. */
    public static final String RAISES_TIMEOUT = "raises eventlet.Timeout";

    /** Methods only a GreenPool has: a parameter called with one is a pool the caller made. */
    private static final Set<String> POOL_METHODS = Set.of("spawn_n", "waitall", "imap", "starmap", "free", "resize");

    private final ApiModule api;
    private final NeutralRewrite rewrite;
    private final TokenStream tokens;
    private final Module module;
    private final NameTable names;
    private final Statement[] owners;
    /** The module-level defs and classes, by name. */
    private final Map<String, Statement> topLevel = new LinkedHashMap<>();
    /** Module-level names (defs and classes) whose bodies reach Eventlet. */
    private final Set<String> reaching = new LinkedHashSet<>();
    /** What each function returns of Eventlet, filled in module order, then once more for calls between them. */
    private final Map<String, String> returns = new HashMap<>();

    private BoundaryPlanner(ApiModule api, NeutralRewrite rewrite) {
        this.api = api;
        this.rewrite = rewrite;
        this.module = api.parsed();
        this.tokens = module.tokens();
        this.names = api.names();
        this.owners = module.owners();
    }

    /** The boundary of {@code api}; callers from {@code callers}, notes from the threading side {@code rewrite}. */
    public static ApiBoundary plan(ApiModule api, NeutralRewrite rewrite, CallerIndex callers) {
        return new BoundaryPlanner(api, rewrite).plan(callers);
    }

    private ApiBoundary plan(CallerIndex callers) {
        for (Statement s : module.body().statements()) {
            if (s.kind() == StatementKind.DEF || s.kind() == StatementKind.CLASS) {
                topLevel.put(Definitions.name(tokens, s), s);
            }
        }
        findReaching();
        for (int round = 0; round < 2; round++) {
            topLevel.forEach((name, s) -> {
                String made = s.kind() == StatementKind.DEF ? returned(s) : null;
                if (made != null) {
                    returns.put(name, made);
                }
            });
        }
        List<ApiBoundary.Entry> entries = new ArrayList<>();
        topLevel.forEach((name, s) -> {
            if (!isPublic(name) || !reaching.contains(name)) {
                return;
            }
            if (s.kind() == StatementKind.DEF) {
                entries.add(entry(name, ApiBoundary.Kind.FUNCTION, s, callers));
                return;
            }
            entries.add(entry(name, ApiBoundary.Kind.CLASS, s, callers));
            for (Statement m : s.children()) {
                String method = m.kind() == StatementKind.DEF ? Definitions.name(tokens, m) : null;
                if (method != null && (isPublic(method) || method.equals("__init__")) && usesEventlet(m)) {
                    entries.add(entry(name + "." + method, ApiBoundary.Kind.METHOD, m, callers));
                }
            }
        });
        return new ApiBoundary(api, entries);
    }

    private ApiBoundary.Entry entry(String name, ApiBoundary.Kind kind, Statement s, CallerIndex callers) {
        List<String> exposes = new ArrayList<>();
        if (kind != ApiBoundary.Kind.CLASS) {
            String made = returned(s);
            if (made != null) {
                exposes.add("returns " + article(made));
            }
            exposes.addAll(taken(s));
            if (raisesTimeout(s)) {
                exposes.add(RAISES_TIMEOUT);
            }
        }
        List<String> notes = new ArrayList<>(rewrite.notesBetween(s.line(), tokens.line(s.lastDeep())));
        if (kind != ApiBoundary.Kind.FUNCTION) {
            notes.add(0, "not generated: shim generate writes module-level functions; wrap this " + (kind == ApiBoundary.Kind.CLASS
                    ? "class" : "method") + " by hand");
        }
        return new ApiBoundary.Entry(name, kind, s.line(), exposes, notes, callers.callersOf(api.module() + "." + name));
    }

    /** Marks the defs and classes that use Eventlet, then, until nothing changes, those that use one of them. */
    private void findReaching() {
        topLevel.forEach((name, s) -> {
            if (usesEventlet(s)) {
                reaching.add(name);
            }
        });
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<String, Statement> e : topLevel.entrySet()) {
                if (!reaching.contains(e.getKey()) && usesReaching(e.getValue())) {
                    reaching.add(e.getKey());
                    grew = true;
                }
            }
        }
    }

    private boolean usesEventlet(Statement s) {
        for (int i = s.firstWithDecorators(); i <= s.lastDeep(); i++) {
            String q = qualifiedAt(i);
            if (q != null && (q.equals("eventlet") || q.startsWith("eventlet."))) {
                return true;
            }
        }
        return false;
    }

    private boolean usesReaching(Statement s) {
        int own = Definitions.nameIndex(tokens, s);
        for (int i = s.firstWithDecorators(); i <= s.lastDeep(); i++) {
            if (i != own && tokens.kind(i) == TokenKind.NAME && reaching.contains(tokens.text(i)) && refersToModuleName(i)) {
                return true;
            }
        }
        return false;
    }

    /** True when the NAME at i is a reference (not an attribute) to the module's own binding of it. */
    private boolean refersToModuleName(int i) {
        String name = tokens.text(i);
        return !module.isAttributeAccess(i) && names.moduleBinding(name) != null && !names.isLocalAt(name, i)
                && !(names.lookup(i) instanceof Binding.Imported);
    }

    /** The canonical qualified name of the dotted chain that starts at token i, or null (not a chain head, not imported). */
    private String qualifiedAt(int i) {
        if (tokens.kind(i) != TokenKind.NAME || module.isAttributeAccess(i) || inImport(i)) {
            return null;
        }
        String q = names.qualify(module.dottedChain(i));
        return q == null ? null : rewrite.canonical(q);
    }

    private boolean inImport(int i) {
        Statement owner = owners[i];
        return owner != null && owner.kind().isImport();
    }

    /** The Eventlet object every return of the function's own body hands back, when they agree; else null. */
    private String returned(Statement def) {
        List<Statement> found = new ArrayList<>();
        collectReturns(def.children(), found);
        String made = null;
        for (Statement r : found) {
            int from = tokens.nextCode(r.first() + 1);
            String m = from > r.last() ? null : madeBy(from, r.last());
            if (m == null || made != null && !made.equals(m)) {
                return null;
            }
            made = m;
        }
        return made;
    }

    private static void collectReturns(List<Statement> body, List<Statement> into) {
        for (Statement s : body) {
            if (s.kind() == StatementKind.RETURN) {
                into.add(s);
            } else if (s.kind() != StatementKind.DEF && s.kind() != StatementKind.CLASS) {
                collectReturns(s.children(), into);
            }
        }
    }

    /** What the expression [from, to] is, of Eventlet: a call that makes an object, a local bound to one, a boundary call. */
    private String madeBy(int from, int to) {
        if (tokens.kind(from) != TokenKind.NAME) {
            return null;
        }
        List<Integer> chain = module.dottedChain(from);
        int end = chain.get(chain.size() - 1);
        if (end == to && chain.size() == 1) {
            return NameTable.sameCallee(tokens, names.assignedValues(chain), this::madeByCall);
        }
        return madeByCall(from, to);
    }

    private String madeByCall(int from, int to) {
        if (tokens.kind(from) != TokenKind.NAME) {
            return null;
        }
        List<Integer> chain = module.dottedChain(from);
        int open = tokens.nextCode(chain.get(chain.size() - 1) + 1);
        if (!tokens.isOp(open, "(") || tokens.partner(open) != to) {
            return null;
        }
        String q = qualifiedAt(from);
        if (q != null) {
            return MADE_BY.get(q);
        }
        return chain.size() == 1 && refersToModuleName(from) ? returns.get(tokens.text(from)) : null;
    }

    /** "takes a GreenPool (parameter pool: pool.spawn_n)": parameters the body treats as Eventlet objects, defaults made by Eventlet. */
    private List<String> taken(Statement def) {
        List<String> out = new ArrayList<>();
        for (Definitions.Parameter p : Definitions.parameters(tokens, def)) {
            if (p.defaultFrom() >= 0) {
                String made = madeByCall(p.defaultFrom(), p.defaultTo());
                if (made != null) {
                    out.add("takes " + article(made) + " (default of parameter " + p.name() + ")");
                    continue;
                }
            }
            if (p.annotationFrom() >= 0) {
                String q = qualifiedAt(p.annotationFrom());
                if (q != null && q.startsWith("eventlet")) {
                    out.add("takes " + q + " (annotation of parameter " + p.name() + ")");
                    continue;
                }
            }
            String method = poolMethodCalledOn(def, p.name());
            if (method != null) {
                out.add("takes a GreenPool (parameter " + p.name() + ": " + p.name() + "." + method + ")");
            }
        }
        return out;
    }

    private String poolMethodCalledOn(Statement def, String parameter) {
        int from = def.children().isEmpty() ? def.last() : def.children().get(0).first();
        for (int i = from; i <= def.lastDeep(); i++) {
            if (tokens.isName(i, parameter) && !module.isAttributeAccess(i)) {
                List<Integer> chain = module.dottedChain(i);
                if (chain.size() == 2 && POOL_METHODS.contains(tokens.text(chain.get(1)))) {
                    return tokens.text(chain.get(1));
                }
            }
        }
        return null;
    }

    /** A {@code with eventlet.Timeout(...)} that does not end silently ({@code False}), or a raise of one. */
    private boolean raisesTimeout(Statement def) {
        for (int i = def.last(); i <= def.lastDeep(); i++) {
            Statement owner = owners[i];
            if (owner == null || !"eventlet.Timeout".equals(qualifiedAt(i))) {
                continue;
            }
            if (owner.kind() == StatementKind.RAISE) {
                return true;
            }
            if (owner.kind() == StatementKind.WITH) {
                List<Integer> chain = module.dottedChain(i);
                int open = tokens.nextCode(chain.get(chain.size() - 1) + 1);
                boolean silent = tokens.isOp(open, "(") && NameTable.arguments(tokens, open).stream()
                        .anyMatch(a -> a[0] == a[1] && tokens.isName(a[0], "False"));
                if (!silent) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isPublic(String name) {
        return !name.startsWith("_");
    }

    private static String article(String made) {
        return ("aeiouAEIOU".indexOf(made.charAt(0)) >= 0 ? "an " : "a ") + made;
    }
}
