package dev.greenshift.world;

import dev.greenshift.lex.Token;
import dev.greenshift.lex.TokenKind;
import dev.greenshift.lex.TokenStream;
import dev.greenshift.names.Binding;
import dev.greenshift.names.ImportedName;
import dev.greenshift.names.NameTable;
import dev.greenshift.syntax.Module;
import dev.greenshift.syntax.Statement;
import dev.greenshift.syntax.StatementKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads the {@link ModuleFacts} of one parsed module. Names resolve through the one name table
 * ({@link NameTable}) and relative imports through {@link ModuleNames}; only calls that can reach
 * monkey patching are kept (Eventlet's, and the project's own functions), so facts stay small.
 */
final class ModuleScan {
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    private final Module module;
    private final TokenStream tokens;
    private final NameTable names;
    private final String moduleName;
    private final boolean packageInit;
    private final Predicate<String> keep;
    private final Map<Statement, Statement> parents;
    private final Set<String> topDefs = new HashSet<>();
    private final Map<Statement, java.util.Optional<Guard>> switches = new IdentityHashMap<>();
    private final Map<Statement, Set<String>> parameterCache = new IdentityHashMap<>();
    /** Per compound statement, the condition it puts on its body ({@link #guardOf}; empty: none). */
    private final Map<Statement, java.util.Optional<Guard>> guards = new IdentityHashMap<>();
    private final Map<String, String> sharedWords = new java.util.HashMap<>();

    private ModuleScan(Module module, String moduleName, boolean packageInit, Predicate<String> keep) {
        this.module = module;
        this.tokens = module.tokens();
        this.names = NameTable.of(module, new dev.greenshift.names.ModuleLocation(moduleName, packageInit));
        this.moduleName = moduleName;
        this.packageInit = packageInit;
        this.keep = keep;
        this.parents = module.parents();
    }

    /** {@code keep}: which absolute callee names matter (the project's modules and Eventlet). */
    static ModuleFacts scan(Module module, String path, String moduleName, boolean packageInit, boolean script, boolean test,
                            Predicate<String> keep) {
        ModuleScan s = new ModuleScan(module, moduleName, packageInit, keep);
        return s.facts(path, script, test);
    }

    private ModuleFacts facts(String path, boolean script, boolean test) {
        Set<String> functions = new HashSet<>();
        boolean mainGuard = false;
        for (Statement s : module.body().statements()) {
            if (s.kind() == StatementKind.DEF || s.kind() == StatementKind.CLASS) {
                topDefs.add(definedName(s));
            }
            mainGuard |= isMainGuard(s);
        }
        module.walk((s, parent) -> {
            if (s.kind() == StatementKind.DEF) {
                functions.add(scopeOf(s, true));
            }
        });
        return new ModuleFacts(path, moduleName, packageInit, script, test, mainGuard, imports(), exports(), functions, calls());
    }

    private List<ModuleFacts.Import> imports() {
        List<ModuleFacts.Import> out = new ArrayList<>();
        for (ImportedName n : names.imports()) {
            Statement s = n.statement();
            Place place = placeOf(s);
            String q = absolute(n.qualified());
            out.add(new ModuleFacts.Import(q, place.scope == null && !place.underMain && !place.guard.conditional(),
                    place.underMain, s.line()));
        }
        return out;
    }

    /** Module-level names bound to something importable: {@code from eventlet import patcher}, {@code mp = patcher.monkey_patch}. */
    private Map<String, String> exports() {
        Map<String, String> out = new HashMap<>();
        List<Statement> top = module.body().statements();
        for (ImportedName n : names.imports()) {
            if (top.contains(n.statement()) && (n.boundName().indexOf('.') < 0)) {
                String q = absolute(n.qualified());
                // 'import a.b' binds 'a' to the package a, not to a.b.
                String first = ModuleNames.top(q);
                boolean plainImport = n.statement().kind() == StatementKind.IMPORT && n.boundName().equals(first);
                out.put(n.boundName(), plainImport ? first : q);
            }
        }
        for (Statement s : top) {
            if (s.kind() != StatementKind.ASSIGNMENT || tokens.get(s.first()).kind() != TokenKind.NAME) {
                continue;
            }
            int eq = tokens.nextCode(s.first() + 1);
            if (!tokens.get(eq).isOp("=")) {
                continue;
            }
            int head = tokens.nextCode(eq + 1);
            if (tokens.get(head).kind() != TokenKind.NAME) {
                continue;
            }
            List<Integer> chain = module.dottedChain(head);
            if (chain.get(chain.size() - 1) != s.last()) {
                continue;
            }
            String q = qualify(chain);
            if (q != null) {
                out.put(tokens.get(s.first()).text(), q);
            }
        }
        return out;
    }

    private List<ModuleFacts.Call> calls() {
        List<ModuleFacts.Call> out = new ArrayList<>();
        Statement[] owners = module.owners();
        for (int i = 0; i < tokens.size(); i++) {
            // By index: a Token made for each of a module's tokens was 190 MB of garbage a run.
            if (tokens.kind(i) != TokenKind.NAME || module.isAttributeAccess(i) || owners[i] == null || owners[i].kind().isImport()) {
                continue;
            }
            int open = tokens.nextCode(module.dottedChainEnd(i) + 1);
            if (open >= tokens.size() || !tokens.isOp(open, "(") || module.isDefinitionName(i)) {
                continue;
            }
            String callee = qualify(module.dottedChain(i));
            if (callee == null || !keep.test(callee)) {
                continue;
            }
            Place place = placeOf(owners[i], callee);
            int close = tokens.partner(open);
            out.add(new ModuleFacts.Call(shared(callee), shared(place.scope), place.guard, place.underMain, tokens.line(i), tokens.column(i),
                    tokens.text(), module.lineStart(tokens.offset(i)), close > open ? tokens.end(open) : 0, close > open ? tokens.offset(close) : 0));
        }
        return out;
    }

    /** The absolute name a dotted chain refers to: through imports, module-level defs, or {@code self.method} in a class. */
    private String qualify(List<Integer> chain) {
        int head = chain.get(0);
        Binding b = names.lookup(head);
        if (b instanceof Binding.Imported) {
            String q = names.qualify(chain);
            return q == null ? null : absolute(q);
        }
        String text = tokens.get(head).text();
        if (chain.size() == 1 && topDefs.contains(text) && (b == null || b instanceof Binding.Local)) {
            return moduleName + "." + text;
        }
        if (chain.size() == 2 && text.equals("self")) {
            Statement cls = enclosing(module.owners()[head], StatementKind.CLASS);
            return cls == null ? null : scopeOf(cls, true) + "." + tokens.get(chain.get(1)).text();
        }
        return null;
    }

    private String absolute(String q) {
        return ModuleNames.absolute(q, moduleName, packageInit);
    }

    /** Where a statement stands: its enclosing function, whether under the main guard, and its innermost condition. */
    private record Place(String scope, boolean underMain, Guard guard) {
    }

    private Place placeOf(Statement s) {
        return placeOf(s, null);
    }

    /**
     * Where a call stands. An if/elif/else whose every branch makes the same call does not guard it
     * ({@code if os.name == 'nt': monkey_patch(os=False) else: monkey_patch()} patches either way).
     */
    private Place placeOf(Statement s, String callee) {
        Statement def = enclosing(s, StatementKind.DEF);
        String scope = def == null ? null : scopeOf(def, true);
        Guard guard = null;
        boolean underMain = false;
        for (Statement p = parents.get(s); p != null && p != def; p = parents.get(p)) {
            if (p.kind() == StatementKind.CLASS) {
                continue;
            }
            if (isMainGuard(p)) {
                underMain = true;
                continue;
            }
            if (guard == null && !(callee != null && everyBranchCalls(p, callee))) {
                guard = guardOf(p, def);
            }
        }
        if (guard == null) {
            guard = underMain ? Guard.MAIN_ONLY : Guard.UNCONDITIONAL;
        }
        return new Place(scope, underMain, guard);
    }

    /**
     * The condition a compound statement puts on its body, or null when it runs its body anyway (try, with, for).
     * Once per statement: a large project keeps a hundred thousand calls, many under the same if.
     */
    private Guard guardOf(Statement p, Statement def) {
        return guards.computeIfAbsent(p, q -> java.util.Optional.ofNullable(classifyGuard(q, def))).orElse(null);
    }

    private Guard classifyGuard(Statement p, Statement def) {
        return switch (p.kind()) {
            case IF, ELIF, WHILE -> GuardWords.classify(header(p), () -> functionSwitch(def), parameters(def));
            case ELSE -> {
                Statement test = previousTest(p);
                yield test == null ? null : GuardWords.negated(GuardWords.classify(header(test), () -> functionSwitch(def), parameters(def)));
            }
            case EXCEPT -> new Guard(Guard.Kind.OTHER, "exception handler", header(p));
            default -> null;
        };
    }

    /**
     * True when {@code branch} is part of an if/elif.../else chain whose every branch calls
     * {@code callee} itself, all with the same arguments (a partial patch then guards each site by
     * itself, see PatchArguments) or each patching both threading and time: {@code monkey_patch(os=False)}
     * against {@code monkey_patch()} patches time and threading either way, {@code monkey_patch(os=False,
     * thread=False)} does not.
     */
    private boolean everyBranchCalls(Statement branch, String callee) {
        if (branch.kind() != StatementKind.IF && branch.kind() != StatementKind.ELIF && branch.kind() != StatementKind.ELSE) {
            return false;
        }
        List<Statement> siblings = module.block(parents.get(branch));
        int start = siblings.indexOf(branch);
        while (start > 0 && siblings.get(start).kind() != StatementKind.IF) {
            start--;
        }
        if (start < 0 || siblings.get(start).kind() != StatementKind.IF) {
            return false;
        }
        Set<String> arguments = new HashSet<>();
        int k = start;
        do {
            String args = argumentsOfCall(siblings.get(k), callee);
            if (args == null) {
                return false;
            }
            arguments.add(args);
            k++;
        } while (k < siblings.size() && (siblings.get(k).kind() == StatementKind.ELIF || siblings.get(k).kind() == StatementKind.ELSE));
        return siblings.get(k - 1).kind() == StatementKind.ELSE
                && (arguments.size() == 1 || arguments.stream().allMatch(a -> new PatchArguments(a).leavesUnpatched() == null));
    }

    /** The argument text of a call to {@code callee} by a statement of the branch's own body (not a nested block), or null. */
    private String argumentsOfCall(Statement branch, String callee) {
        for (Statement child : branch.children()) {
            for (int i = child.first(); i <= child.last(); i++) {
                if (tokens.get(i).kind() != TokenKind.NAME || module.isAttributeAccess(i)) {
                    continue;
                }
                List<Integer> chain = module.dottedChain(i);
                int open = tokens.nextCode(chain.get(chain.size() - 1) + 1);
                if (open < tokens.size() && tokens.get(open).isOp("(") && tokens.partner(open) > open && callee.equals(qualify(chain))) {
                    return argumentText(open);
                }
            }
        }
        return null;
    }

    /** The text between a call's parentheses, whitespace removed; empty when the call is not closed. */
    private String argumentText(int open) {
        int close = tokens.partner(open);
        return close > open ? withoutWhitespace(tokens.text(), tokens.get(open).end(), tokens.get(close).offset()) : "";
    }

    /** {@code text[start, end)} without the characters regex {@code \s} matches (one pattern compiled per call was a tenth of this scan). */
    static String withoutWhitespace(String text, int start, int end) {
        StringBuilder out = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The if/elif an else belongs to: the sibling just before it (else of a for or try: none). */
    private Statement previousTest(Statement elseStatement) {
        List<Statement> siblings = module.block(parents.get(elseStatement));
        int at = siblings.indexOf(elseStatement);
        Statement before = at > 0 ? siblings.get(at - 1) : null;
        return before != null && (before.kind() == StatementKind.IF || before.kind() == StatementKind.ELIF) ? before : null;
    }

    private String header(Statement s) {
        String text = WHITESPACE.matcher(tokens.textOf(s.first(), s.last())).replaceAll(" ").strip();
        return text.endsWith(":") ? text.substring(0, text.length() - 1).strip() : text;
    }

    /** What the enclosing function reads, once per function: its text is scanned at most once. */
    private Guard functionSwitch(Statement def) {
        if (def == null) {
            return null;
        }
        return switches.computeIfAbsent(def, d -> java.util.Optional.ofNullable(
                GuardWords.readIn(tokens.textOf(d.first(), d.lastDeep())))).orElse(null);
    }

    /** The parameter names of a def: the NAMEs at depth one of its header, before a ':' annotation or '=' default. */
    private Set<String> parameters(Statement def) {
        if (def == null) {
            return Set.of();
        }
        return parameterCache.computeIfAbsent(def, this::parametersOf);
    }

    private Set<String> parametersOf(Statement def) {
        Set<String> out = new HashSet<>();
        int depth = 0;
        boolean expectName = false;
        for (int i = def.first(); i <= def.last(); i++) {
            Token t = tokens.get(i);
            if (t.opensBracket()) {
                depth++;
                expectName = depth == 1;
                continue;
            }
            if (t.closesBracket()) {
                depth--;
                continue;
            }
            if (depth != 1) {
                continue;
            }
            if (t.isOp(",") || t.isOp("*") || t.isOp("**")) {
                expectName = true;
            } else if (t.kind() == TokenKind.NAME && expectName) {
                out.add(t.text());
                expectName = false;
            } else if (t.kind().isCode()) {
                expectName = false;
            }
        }
        out.remove("self");
        out.remove("cls");
        return out;
    }

    private Statement enclosing(Statement s, StatementKind kind) {
        for (Statement p = parents.get(s); p != null; p = parents.get(p)) {
            if (p.kind() == kind) {
                return p;
            }
        }
        return null;
    }

    /** {@code module.Class.method} for a def or class, through its enclosing defs and classes. */
    private String scopeOf(Statement s, boolean includeSelf) {
        List<String> parts = new ArrayList<>();
        for (Statement p = includeSelf ? s : parents.get(s); p != null; p = parents.get(p)) {
            if (p.kind() == StatementKind.DEF || p.kind() == StatementKind.CLASS) {
                parts.add(0, definedName(p));
            }
        }
        parts.add(0, moduleName);
        return String.join(".", parts);
    }

    private String definedName(Statement s) {
        for (int i = s.first(); i <= s.last(); i++) {
            if (tokens.get(i).isName("def") || tokens.get(i).isName("class")) {
                return tokens.get(tokens.nextCode(i + 1)).text();
            }
        }
        return "?";
    }

    private boolean isMainGuard(Statement s) {
        if (s.kind() != StatementKind.IF || parents.get(s) != null) {
            return false;
        }
        String h = header(s);
        return h.contains("__name__") && h.contains("__main__");
    }

    /** One string for each callee and scope this module writes again and again (a test calls one helper a thousand times). */
    private String shared(String word) {
        if (word == null) {
            return null;
        }
        String known = sharedWords.putIfAbsent(word, word);
        return known == null ? word : known;
    }
}
