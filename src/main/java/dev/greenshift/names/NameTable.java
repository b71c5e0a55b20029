package dev.greenshift.names;

import dev.greenshift.lex.Token;
import dev.greenshift.lex.TokenKind;
import dev.greenshift.lex.TokenStream;
import dev.greenshift.syntax.Module;
import dev.greenshift.syntax.Statement;
import dev.greenshift.syntax.StatementKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The names stage's entry, and the one resolver every stage asks: what each name in a module is
 * bound to. It follows Python's scoping: a name bound anywhere in a function (assignment,
 * parameter, loop variable, except/with {@code as}, import, def, {@code del}) is local to all of
 * it; lambdas and comprehensions are scopes of their own; class bodies do not leak into methods or
 * comprehensions; {@code global} and {@code nonlocal} send bindings to the module or the enclosing
 * function. A name bound both by an import and by anything else is ambiguous and never resolved,
 * except the optional-import idiom ({@code eventlet = None} when the import fails). Relative
 * imports are made absolute from the module's {@link ModuleLocation}; qualified names come back
 * as imported, not canonical.
 */
public final class NameTable {
    private final Module module;
    private final TokenStream tokens;
    private final ModuleLocation location;
    private final List<Scope> scopes = new ArrayList<>();
    private final List<ImportedName> imports = new ArrayList<>();
    private Set<String> importedNames;
    private int[] scopeByToken;

    private NameTable(Module module, ModuleLocation location) {
        this.module = module;
        this.tokens = module.tokens();
        this.location = location;
    }

    /** The names of a module whose place in a project is unknown: relative imports stay relative. */
    public static NameTable of(Module module) {
        return of(module, ModuleLocation.UNKNOWN);
    }

    public static NameTable of(Module module, ModuleLocation location) {
        NameTable table = new NameTable(module, location);
        Scope root = new Scope(Scope.Kind.MODULE, 0, module.tokens().size() - 1, null);
        table.scopes.add(root);
        table.collect(module.body().statements(), root, null);
        return table;
    }

    public ModuleLocation location() {
        return location;
    }

    /** A class defined in this module: its qualified name, token range and the qualified names of its bases. */
    public record ClassDef(String qualified, int[] range, List<String> bases) {
    }

    /** The module's classes (nested ones too), their bases resolved like any other name. */
    public List<ClassDef> classes() {
        List<ClassDef> out = new ArrayList<>();
        String prefix = location.dotted() == null ? "" : location.dotted() + ".";
        module.walk((s, parent) -> {
            if (s.kind() != StatementKind.CLASS) {
                return;
            }
            int name = definitionName(s);
            List<String> bases = new ArrayList<>();
            int open = tokens.nextCode(name + 1);
            if (tokens.isOp(open, "(") && tokens.partner(open) > open) {
                for (int[] arg : dev.greenshift.names.NameTable.arguments(tokens, open)) {
                    String q = qualifyExpression(arg[0], arg[1], prefix);
                    if (q != null) {
                        bases.add(q);
                    }
                }
            }
            out.add(new ClassDef(prefix + qualifiedWithin(s, name), new int[] {name + 1, s.lastDeep()}, bases));
        });
        return out;
    }

    /** The qualified name of the class whose body holds token {@code index}, or null. */
    public String enclosingClass(int index) {
        for (ClassDef c : classes()) {
            if (c.range()[0] <= index && index <= c.range()[1] && innermostClass(index) == c.range()[0]) {
                return c.qualified();
            }
        }
        return null;
    }

    /** Token range of the class whose body holds token {@code index}, or null. */
    public int[] classRange(int index) {
        for (Scope s = innermost(index); s != null; s = s.parent) {
            if (s.kind == Scope.Kind.CLASS) {
                return new int[] {s.from, s.to};
            }
        }
        return null;
    }

    private int innermostClass(int index) {
        int[] r = classRange(index);
        return r == null ? -1 : r[0];
    }

    /** Names of the classes enclosing a class statement, dotted ({@code Outer.Inner}), from its name token. */
    private String qualifiedWithin(Statement s, int nameToken) {
        String name = tokens.text(nameToken);
        for (Scope sc = innermost(s.first()); sc != null; sc = sc.parent) {
            if (sc.kind == Scope.Kind.CLASS) {
                int outerName = sc.from - 1;
                name = tokens.text(outerName) + "." + name;
            } else if (sc.kind != Scope.Kind.MODULE) {
                return "<local>." + name;
            }
        }
        return name;
    }

    /** A dotted name in [from, to] resolved: through imports, or to a class of this module. */
    private String qualifyExpression(int from, int to, String prefix) {
        if (tokens.kind(from) != TokenKind.NAME) {
            return null;
        }
        List<Integer> chain = module.dottedChain(from);
        if (chain.get(chain.size() - 1) != to) {
            return null;
        }
        String q = qualify(chain);
        if (q != null) {
            return q;
        }
        Binding b = lookup(chain.get(0));
        if (b instanceof Binding.Local && !isLocalAt(tokens.text(chain.get(0)), chain.get(0))) {
            StringBuilder name = new StringBuilder(prefix);
            for (int k = 0; k < chain.size(); k++) {
                name.append(k == 0 ? "" : ".").append(tokens.text(chain.get(k)));
            }
            return name.toString();
        }
        return null;
    }

    /** The [first, last] code tokens of each comma-separated argument between the parentheses at {@code open}. */
    public static List<int[]> arguments(TokenStream tokens, int open) {
        List<int[]> args = new ArrayList<>();
        int close = tokens.partner(open);
        int start = -1;
        int last = -1;
        for (int i = open + 1; i < close; i++) {
            Token t = tokens.get(i);
            if (!t.kind().isCode()) {
                continue;
            }
            if (t.isOp(",")) {
                if (start >= 0) {
                    args.add(new int[] {start, last});
                }
                start = -1;
                continue;
            }
            if (start < 0) {
                start = i;
            }
            if (t.opensBracket() && tokens.partner(i) > i) {
                i = tokens.partner(i);
            }
            last = i;
        }
        if (start >= 0) {
            args.add(new int[] {start, last});
        }
        return args;
    }

    /**
     * The name token of parameter {@code index} (counted as written, {@code self} included) of the
     * function that the NAME token {@code function} refers to, when that binding is a def of this
     * module (module-level or nested); -1 otherwise.
     */
    public int parameterOf(int function, int index) {
        Binding binding = lookup(function);
        if (!(binding instanceof Binding.Local)) {
            return -1;
        }
        String name = tokens.text(function);
        int[] found = {-1};
        module.walk((s, parent) -> {
            if (found[0] >= 0 || s.kind() != StatementKind.DEF) {
                return;
            }
            int nameIndex = definitionName(s);
            if (!tokens.isName(nameIndex, name) || lookup(nameIndex) != binding) {
                return;
            }
            int open = tokens.nextCode(nameIndex + 1);
            if (!tokens.isOp(open, "(") || tokens.partner(open) < 0) {
                return;
            }
            List<int[]> params = arguments(tokens, open);
            if (index < params.size() && tokens.kind(params.get(index)[0]) == TokenKind.NAME) {
                found[0] = params.get(index)[0];
            }
        });
        return found[0];
    }

    public List<ImportedName> imports() {
        return imports;
    }

    /** True when some import anywhere in the module binds {@code name}: a cheap test before {@link #lookup}. */
    public boolean mayBeImported(String name) {
        if (importedNames == null) {
            Set<String> names = new HashSet<>();
            for (ImportedName i : imports) {
                names.add(i.boundName());
            }
            importedNames = names;
        }
        return importedNames.contains(name);
    }

    /** The binding that the NAME token at {@code index} refers to, or null if unbound here. */
    public Binding lookup(int index) {
        return resolve(tokens.text(index), index);
    }

    /**
     * The binding a reference to {@code name} written at token {@code index} would see, or null
     * when nothing in the module binds it there (a builtin, or a name free to introduce). This is
     * the question a rewrite asks before it writes a module name ({@code queue.Queue()}) into code.
     */
    public Binding resolve(String name, int index) {
        Scope s = scopeBinding(name, index);
        return s == null ? null : s.binding(name);
    }

    /** What the name is bound to in the module's own scope (functions' locals aside), or null. */
    public Binding moduleBinding(String name) {
        return root().binding(name);
    }

    /**
     * True when a reference to module {@code moduleName} written at token {@code index} reaches
     * the module: nothing binds the name there, or only an import of that very module does.
     */
    public boolean isFreeFor(String name, String moduleName, int index) {
        Binding b = resolve(name, index);
        return b == null || b instanceof Binding.Imported imported && !imported.optional() && imported.qualified().equals(moduleName);
    }

    /** The line of the first binding of {@code name} that a reference at {@code index} sees, or -1. */
    public int bindingLine(String name, int index) {
        Scope s = scopeBinding(name, index);
        return s == null ? -1 : tokens.line(s.firstBinding(name));
    }

    /** True when the binding a reference to {@code name} at {@code index} sees is not the module's. */
    public boolean isLocalAt(String name, int index) {
        Scope s = scopeBinding(name, index);
        return s != null && s.kind != Scope.Kind.MODULE;
    }

    /**
     * The references to {@code name} (outside import statements, attribute names aside) that do
     * not reach module {@code moduleName}: bound there by a local, a parameter, another import...
     */
    public List<Integer> referencesNotReaching(String name, String moduleName) {
        List<Integer> found = new ArrayList<>();
        Statement[] owners = module.owners();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.isName(i, name) || module.isAttributeAccess(i) || owners[i] != null && owners[i].kind().isImport()) {
                continue;
            }
            if (!isFreeFor(name, moduleName, i) && resolve(name, i) != null) {
                found.add(i);
            }
        }
        return found;
    }

    /** Token range [from, to] of the scope that binds the name at {@code index} (the module when unbound). */
    public int[] bindingScope(int index) {
        Scope s = scopeBinding(tokens.text(index), index);
        return s == null ? new int[] {0, tokens.size() - 1} : new int[] {s.from, s.to};
    }

    /**
     * The names an import binds the NAME token at {@code index} to on some path: one for a plain or
     * optional import, several when imports differ ({@code try: from eventlet import sleep / except:
     * from time import sleep}); empty when no import binds it.
     */
    public java.util.Set<String> importedOnSomePath(int index) {
        Binding b = lookup(index);
        if (b instanceof Binding.Imported imported) {
            return java.util.Set.of(imported.qualified());
        }
        return b instanceof Binding.Ambiguous ambiguous ? ambiguous.imported() : java.util.Set.of();
    }

    /** The scope whose binding of {@code name} a reference at {@code index} sees, or null. */
    private Scope scopeBinding(String name, int index) {
        boolean first = true;
        for (Scope s = innermost(index); s != null; s = s.parent) {
            // Class bodies are visible only to their own statements, not to methods or comprehensions in them.
            if (s.kind == Scope.Kind.CLASS && !first) {
                continue;
            }
            first = false;
            if (s.globals.contains(name)) {
                return root().binds(name) ? root() : null;
            }
            if (s.nonlocals.contains(name)) {
                continue;
            }
            if (s.binds(name)) {
                return s;
            }
        }
        return null;
    }

    /** Qualified name of the dotted chain whose names are {@code nameTokens}, or null. */
    public String qualify(List<Integer> nameTokens) {
        Binding head = lookup(nameTokens.get(0));
        if (!(head instanceof Binding.Imported imported)) {
            return null;
        }
        StringBuilder q = new StringBuilder(imported.qualified());
        for (int i = 1; i < nameTokens.size(); i++) {
            q.append('.').append(tokens.text(nameTokens.get(i)));
        }
        return q.toString();
    }

    /** The qualified names of the chain on every path an import binds its head ({@link #importedOnSomePath}). */
    public List<String> qualifyOnSomePath(List<Integer> nameTokens) {
        StringBuilder rest = new StringBuilder();
        for (int i = 1; i < nameTokens.size(); i++) {
            rest.append('.').append(tokens.text(nameTokens.get(i)));
        }
        return importedOnSomePath(nameTokens.get(0)).stream().sorted().map(q -> q + rest).toList();
    }

    /**
     * The right-hand sides assigned to the name at {@code index} (a local) or, when the chain is
     * {@code self.attr}, to that attribute within the enclosing class. Null when unknown.
     */
    public List<int[]> assignedValues(List<Integer> receiverTokens) {
        if (receiverTokens.size() == 1) {
            Binding b = lookup(receiverTokens.get(0));
            if (b instanceof Binding.Local local && !local.opaque()) {
                return local.values();
            }
            return null;
        }
        if (receiverTokens.size() == 2 && tokens.isName(receiverTokens.get(0), "self")) {
            for (Scope s = innermost(receiverTokens.get(0)); s != null; s = s.parent) {
                if (s.kind == Scope.Kind.CLASS) {
                    return s.selfAttributes.get(tokens.text(receiverTokens.get(1)));
                }
            }
        }
        return null;
    }

    /**
     * The one callee all assigned values call ({@code pool = GreenPool()} in every branch), with
     * {@code None} values ignored; null when a value is something else or the callees differ.
     * {@code calleeOf} resolves the call spanning [from, to], or returns null.
     */
    public static String sameCallee(TokenStream tokens, List<int[]> values, java.util.function.BiFunction<Integer, Integer, String> calleeOf) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        String type = null;
        for (int[] v : values) {
            if (v[0] < 0) {
                return null;
            }
            if (v[0] == v[1] && tokens.isName(v[0], "None")) {
                continue;
            }
            String t = calleeOf.apply(v[0], v[1]);
            if (t == null || type != null && !type.equals(t)) {
                return null;
            }
            type = t;
        }
        return type;
    }

    private Scope root() {
        return scopes.get(0);
    }

    private Scope innermost(int index) {
        if (scopeByToken == null) {
            // Scopes were created parents first, so painting in creation order leaves the innermost.
            int[] paint = new int[tokens.size()];
            for (int k = 1; k < scopes.size(); k++) {
                Scope s = scopes.get(k);
                java.util.Arrays.fill(paint, Math.max(0, s.from), Math.min(paint.length, s.to + 1), k);
            }
            scopeByToken = paint;
        }
        return scopes.get(scopeByToken[index]);
    }

    private void collect(List<Statement> statements, Scope scope, Scope enclosingClass) {
        for (Statement s : statements) {
            bindWalrus(s, scope);
            switch (s.kind()) {
                case IMPORT -> bindImport(s, scope);
                case FROM_IMPORT -> bindFromImport(s, scope);
                case ASSIGNMENT, AUGMENTED_ASSIGNMENT -> bindAssignment(s, scope, enclosingClass);
                case FOR -> {
                    int in = untilName(s.first() + 1, s.last(), "in");
                    bindTargets(tokens.nextCode(forKeyword(s) + 1), in, scope);
                    markLoopTargets(tokens.nextCode(forKeyword(s) + 1), in, scope);
                }
                case WITH, EXCEPT -> bindAsNames(s, scope);
                // 'del x' makes x local to the function, like any other binding.
                case DEL -> bindTargets(s.first() + 1, s.last() + 1, scope);
                case GLOBAL, NONLOCAL -> {
                    java.util.Set<String> declared = s.kind() == StatementKind.GLOBAL ? scope.globals : scope.nonlocals;
                    for (int i = s.first() + 1; i <= s.last(); i++) {
                        if (tokens.kind(i) == TokenKind.NAME) {
                            declared.add(tokens.text(i));
                        }
                    }
                }
                case DEF, CLASS -> {
                    int nameIndex = definitionName(s);
                    if (tokens.kind(nameIndex) == TokenKind.NAME) {
                        bindLocal(scope, tokens.text(nameIndex), null, nameIndex);
                    }
                    Scope.Kind kind = s.kind() == StatementKind.DEF ? Scope.Kind.FUNCTION : Scope.Kind.CLASS;
                    Scope inner = new Scope(kind, nameIndex + 1, s.lastDeep(), scope);
                    scopes.add(inner);
                    if (kind == Scope.Kind.FUNCTION) {
                        bindParameters(nameIndex + 1, s.last(), inner);
                    }
                    // Defaults, bases and decorators' lambdas and comprehensions belong to the enclosing scope.
                    expressionScopes(s, scope);
                    collect(s.children(), inner, kind == Scope.Kind.CLASS ? inner
                            : (scope.kind == Scope.Kind.CLASS ? scope : enclosingClass));
                    continue;
                }
                default -> { }
            }
            expressionScopes(s, scope);
            collect(s.children(), scope, enclosingClass);
        }
    }

    private void markLoopTargets(int from, int to, Scope scope) {
        for (int i = from; i < to; i++) {
            if (tokens.kind(i) == TokenKind.NAME) {
                owner(scope, tokens.text(i)).markLoop(tokens.text(i));
            }
        }
    }

    /**
     * The first token of a loop variable named {@code name} in any function, lambda or
     * comprehension, or -1. A module import of that name would be "shadowed by loop variable"
     * (pyflakes F402) even where the loop cannot see the rewrite.
     */
    public int loopVariableAnywhere(String name) {
        // Asked once per rewrite site: remembered per name, so a module with many sites and scopes stays linear.
        return loopVariables.computeIfAbsent(name, n -> {
            for (Scope s : scopes) {
                if (s.kind != Scope.Kind.MODULE && s.isLoopVariable(n)) {
                    return s.firstBinding(n);
                }
            }
            return -1;
        });
    }

    private final java.util.Map<String, Integer> loopVariables = new java.util.concurrent.ConcurrentHashMap<>();

    /** The 'for' of a for statement ('async for' too). */
    private int forKeyword(Statement s) {
        int i = s.first();
        while (i < s.last() && !tokens.isName(i, "for")) {
            i++;
        }
        return i;
    }

    /** Binds a name where Python binds it: in this scope, or the module's or the enclosing function's when declared so. */
    private void bindLocal(Scope scope, String name, int[] value, int token) {
        boolean none = value != null && value[0] == value[1] && tokens.isName(value[0], "None");
        owner(scope, name).bindLocal(name, value, none, token);
    }

    private void bindImport(Scope scope, String name, String qualified, int token) {
        owner(scope, name).bindImport(name, qualified, token);
    }

    private Scope owner(Scope scope, String name) {
        if (scope.globals.contains(name)) {
            return root();
        }
        if (scope.nonlocals.contains(name)) {
            for (Scope s = scope.parent; s != null; s = s.parent) {
                if (s.kind == Scope.Kind.FUNCTION && !s.nonlocals.contains(name)) {
                    return s;
                }
            }
        }
        return scope;
    }

    /**
     * The lambdas and comprehensions in a statement's own tokens, each a scope of its own, nested
     * as they nest in the text. Created after the statement's enclosing scopes, so they paint over them.
     */
    private void expressionScopes(Statement s, Scope scope) {
        List<int[]> ranges = new ArrayList<>();
        for (int i = s.first(); i <= s.last(); i++) {
            if (tokens.isName(i, "lambda")) {
                ranges.add(new int[] {i, lambdaEnd(i, s.last()), 0});
            } else if (tokens.opensBracket(i) && tokens.partner(i) > i && hasComprehensionFor(i)) {
                ranges.add(new int[] {i, tokens.partner(i), 1});
            }
        }
        if (ranges.isEmpty()) {
            return;
        }
        ranges.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        java.util.ArrayDeque<Scope> open = new java.util.ArrayDeque<>();
        for (int[] r : ranges) {
            while (!open.isEmpty() && open.peek().to < r[0]) {
                open.pop();
            }
            Scope parent = open.isEmpty() ? scope : open.peek();
            Scope inner = new Scope(r[2] == 0 ? Scope.Kind.LAMBDA : Scope.Kind.COMPREHENSION, r[0], r[1], parent);
            scopes.add(inner);
            if (r[2] == 0) {
                bindLambdaParameters(r[0] + 1, r[1], inner);
            } else {
                bindComprehensionTargets(r[0], r[1], inner);
            }
            open.push(inner);
        }
    }

    /** The last token of the lambda at {@code lambda}: its body ends at a comma, a closing bracket or the statement's end. */
    private int lambdaEnd(int lambda, int last) {
        boolean body = false;
        for (int i = lambda + 1; i <= last; i++) {
            if (tokens.opensBracket(i) && tokens.partner(i) > i) {
                i = tokens.partner(i);
                continue;
            }
            if (tokens.closesBracket(i) || tokens.kind(i) == TokenKind.NEWLINE || tokens.isOp(i, ";") || body && (tokens.isOp(i, ",") || tokens.isOp(i, ":"))) {
                return tokens.previousCode(i - 1);
            }
            if (tokens.isOp(i, ":")) {
                body = true;
            }
        }
        return last;
    }

    private boolean hasComprehensionFor(int open) {
        int close = tokens.partner(open);
        for (int i = open + 1; i < close; i++) {
            if (tokens.opensBracket(i) && tokens.partner(i) > i) {
                i = tokens.partner(i);
            } else if (tokens.isName(i, "for")) {
                return true;
            }
        }
        return false;
    }

    private void bindLambdaParameters(int from, int to, Scope scope) {
        boolean expectName = true;
        for (int i = from; i <= to; i++) {
            Token t = tokens.get(i);
            if (t.isOp(":")) {
                return;
            }
            if (t.opensBracket() && tokens.partner(i) > i) {
                i = tokens.partner(i);
                expectName = false;
            } else if (t.isOp(",") || t.isOp("*") || t.isOp("**") || t.isOp("/")) {
                expectName = true;
            } else if (expectName && t.kind() == TokenKind.NAME) {
                scope.bindLocal(t.text(), null, false, i);
                expectName = false;
            } else if (t.kind().isCode()) {
                expectName = false;
            }
        }
    }

    /** The targets of each 'for ... in' directly inside the comprehension's brackets. */
    private void bindComprehensionTargets(int open, int close, Scope scope) {
        for (int i = open + 1; i < close; i++) {
            if (tokens.opensBracket(i) && tokens.partner(i) > i) {
                i = tokens.partner(i);
                continue;
            }
            if (tokens.isName(i, "for")) {
                int in = untilName(i + 1, close - 1, "in");
                for (int k = i + 1; k < in; k++) {
                    if (tokens.kind(k) == TokenKind.NAME) {
                        scope.bindLocal(tokens.text(k), null, false, k);
                        scope.markLoop(tokens.text(k));
                    }
                }
                i = in;
            }
        }
    }

    private int definitionName(Statement s) {
        return module.definitionName(s);
    }

    private void bindParameters(int from, int to, Scope scope) {
        int open = tokens.nextCode(from);
        if (!tokens.isOp(open, "(") || tokens.partner(open) < 0) {
            return;
        }
        int close = tokens.partner(open);
        boolean expectName = true;
        for (int i = open + 1; i < close; i++) {
            Token t = tokens.get(i);
            if (!t.kind().isCode()) {
                continue;
            }
            if (t.opensBracket() && tokens.partner(i) > i) {
                i = tokens.partner(i);
                expectName = false;
                continue;
            }
            if (t.isOp(",")) {
                expectName = true;
            } else if (t.isOp("*") || t.isOp("**") || t.isOp("/")) {
                expectName = true;
            } else if (expectName && t.kind() == TokenKind.NAME) {
                bindLocal(scope, t.text(), null, i);
                expectName = false;
            } else {
                expectName = false;
            }
        }
    }

    private void bindImport(Statement s, Scope scope) {
        int i = s.first() + 1;
        while (i <= s.last()) {
            int clauseStart = tokens.nextCode(i);
            List<String> parts = new ArrayList<>();
            int j = clauseStart;
            while (j <= s.last() && tokens.kind(j) == TokenKind.NAME && !tokens.isName(j, "as")) {
                parts.add(tokens.text(j));
                int next = tokens.nextCode(j + 1);
                if (next <= s.last() && tokens.isOp(next, ".")) {
                    j = tokens.nextCode(next + 1);
                } else {
                    j = next;
                    break;
                }
            }
            if (parts.isEmpty()) {
                return;
            }
            String module = String.join(".", parts);
            int clauseEnd = j - 1;
            if (j <= s.last() && tokens.isName(j, "as")) {
                int alias = tokens.nextCode(j + 1);
                bindImport(scope, tokens.text(alias), module, alias);
                imports.add(new ImportedName(s, tokens.text(alias), module, clauseStart, alias));
                clauseEnd = alias;
                j = tokens.nextCode(alias + 1);
            } else {
                bindImport(scope, parts.get(0), parts.get(0), clauseStart);
                imports.add(new ImportedName(s, parts.get(0), module, clauseStart, tokens.previousCode(clauseEnd)));
            }
            if (j <= s.last() && tokens.isOp(j, ",")) {
                i = j + 1;
            } else {
                return;
            }
        }
    }

    private void bindFromImport(Statement s, Scope scope) {
        int i = tokens.nextCode(s.first() + 1);
        StringBuilder module = new StringBuilder();
        while (i <= s.last() && !tokens.isName(i, "import")) {
            module.append(tokens.text(i));
            i = tokens.nextCode(i + 1);
        }
        // Relative imports name the project's module: 'from .green import sleep' in pkg/worker.py is pkg.green.sleep.
        String base = module.toString();
        for (i = i + 1; i <= s.last(); i++) {
            Token t = tokens.get(i);
            if (t.kind() != TokenKind.NAME) {
                continue;
            }
            String name = t.text();
            int next = tokens.nextCode(i + 1);
            String bound = name;
            int last = i;
            if (next <= s.last() && tokens.isName(next, "as")) {
                last = tokens.nextCode(next + 1);
                bound = tokens.text(last);
            }
            String qualified = location.absolute(base.endsWith(".") ? base + name : base + "." + name);
            bindImport(scope, bound, qualified, i);
            imports.add(new ImportedName(s, bound, qualified, i, last));
            i = last;
        }
    }

    private void bindAssignment(Statement s, Scope scope, Scope enclosingClass) {
        List<Integer> equals = new ArrayList<>();
        for (int i = s.first(); i <= s.last(); i++) {
            if (tokens.opensBracket(i) && tokens.partner(i) > i) {
                i = tokens.partner(i);
                continue;
            }
            if (tokens.isAssignmentOp(i)) {
                equals.add(i);
            }
            if (tokens.isName(i, "lambda")) {
                break;
            }
        }
        if (equals.isEmpty()) {
            return;
        }
        int valueStart = tokens.nextCode(equals.get(equals.size() - 1) + 1);
        int[] value = valueStart <= s.last() ? new int[] {valueStart, s.last()} : null;
        int segmentStart = s.first();
        for (int eq : equals) {
            int segmentEnd = untilOp(segmentStart, eq - 1, ":");
            bindTarget(segmentStart, segmentEnd, scope, enclosingClass, equals.size() == 1 && tokens.isOp(eq, "=") ? value : null);
            segmentStart = tokens.nextCode(eq + 1);
        }
    }

    /** Binds one assignment target; a lone name or self.attr keeps its value for constructor tracking. */
    private void bindTarget(int from, int to, Scope scope, Scope enclosingClass, int[] value) {
        List<Integer> code = codeTokens(from, to);
        if (code.size() == 1 && tokens.kind(code.get(0)) == TokenKind.NAME) {
            bindLocal(scope, tokens.text(code.get(0)), value, code.get(0));
            return;
        }
        if (code.size() == 3 && tokens.isName(code.get(0), "self") && tokens.isOp(code.get(1), ".")
                && enclosingClass != null) {
            String attr = tokens.text(code.get(2));
            List<int[]> values = enclosingClass.selfAttributes.computeIfAbsent(attr, k -> new ArrayList<>());
            values.add(value == null ? new int[] {-1, -1} : value);
            return;
        }
        bindTargets(from, to + 1, scope);
    }

    /** Binds the names of a target list in [from, to): names at depth 0 or inside a tuple/list target. */
    private void bindTargets(int from, int to, Scope scope) {
        for (int i = from; i < to; i++) {
            if (tokens.kind(i) != TokenKind.NAME || tokens.isName(i, "in")) {
                continue;
            }
            int prev = tokens.previousCode(i - 1);
            int next = tokens.nextCode(i + 1);
            boolean attribute = prev >= 0 && tokens.isOp(prev, ".");
            boolean followed = next < tokens.size() && (tokens.isOp(next, ".") || tokens.isOp(next, "(")
                    || tokens.isOp(next, "["));
            boolean subscript = prev >= 0 && tokens.isOp(prev, "[") && !isTargetBracket(prev, from);
            if (!attribute && !followed && !subscript) {
                bindLocal(scope, tokens.text(i), null, i);
            }
        }
    }

    private boolean isTargetBracket(int bracket, int from) {
        int prev = tokens.previousCode(bracket - 1);
        return prev < from || tokens.isOp(prev, ",") || tokens.isOp(prev, "(") || tokens.isOp(prev, "[")
                || tokens.isName(prev, "for");
    }

    private void bindAsNames(Statement s, Scope scope) {
        for (int i = s.first(); i <= s.last(); i++) {
            if (tokens.isName(i, "as")) {
                int start = tokens.nextCode(i + 1);
                int end = start;
                while (end <= s.last() && !tokens.isOp(end, ",") && !tokens.isOp(end, ":")) {
                    end = tokens.nextCode(end + 1);
                    if (tokens.opensBracket(start)) {
                        end = tokens.partner(start) < 0 ? s.last() : tokens.partner(start) + 1;
                        break;
                    }
                }
                bindTargets(start, Math.min(end, s.last() + 1), scope);
            }
        }
    }

    private void bindWalrus(Statement s, Scope scope) {
        for (int i = s.first(); i < s.last(); i++) {
            if (tokens.kind(i) == TokenKind.NAME) {
                int next = tokens.nextCode(i + 1);
                if (next <= s.last() && tokens.isOp(next, ":=")) {
                    bindLocal(scope, tokens.text(i), null, i);
                }
            }
        }
    }

    private int untilName(int from, int to, String word) {
        for (int i = from; i <= to; i++) {
            if (tokens.opensBracket(i) && tokens.partner(i) > i) {
                i = tokens.partner(i);
                continue;
            }
            if (tokens.isName(i, word)) {
                return i;
            }
        }
        return to + 1;
    }

    private int untilOp(int from, int to, String op) {
        for (int i = from; i <= to; i++) {
            if (tokens.opensBracket(i) && tokens.partner(i) > i) {
                i = tokens.partner(i);
                continue;
            }
            if (tokens.isOp(i, op)) {
                return i - 1;
            }
        }
        return to;
    }

    private List<Integer> codeTokens(int from, int to) {
        List<Integer> code = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            if (tokens.kind(i).isCode()) {
                code.add(i);
            }
        }
        return code;
    }

    public Module module() {
        return module;
    }
}
