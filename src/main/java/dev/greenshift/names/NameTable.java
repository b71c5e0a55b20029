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
 * The names stage's entry: what each name in a module is bound to. It follows Python's scoping
 * closely enough to be safe: a function sees its own bindings, then enclosing functions, then the
 * module; class bodies do not leak into methods; a name bound both by an import and by anything
 * else is ambiguous and never resolved. Qualified names come back as imported, not canonical.
 */
public final class NameTable {
    private final Module module;
    private final TokenStream tokens;
    private final List<Scope> scopes = new ArrayList<>();
    private final List<ImportedName> imports = new ArrayList<>();
    private Set<String> importedNames;
    private int[] scopeByToken;

    private NameTable(Module module) {
        this.module = module;
        this.tokens = module.tokens();
    }

    public static NameTable of(Module module) {
        NameTable table = new NameTable(module);
        Scope root = new Scope(Scope.Kind.MODULE, 0, module.tokens().size() - 1, null);
        table.scopes.add(root);
        table.collect(module.body().statements(), root, null);
        return table;
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
        String name = tokens.get(index).text();
        Scope scope = innermost(index);
        boolean first = true;
        for (Scope s = scope; s != null; s = s.parent) {
            if (s.kind == Scope.Kind.CLASS && !first) {
                continue;
            }
            first = false;
            if (s.globals.contains(name)) {
                return root().bindings.get(name);
            }
            Binding b = s.bindings.get(name);
            if (b != null) {
                return b;
            }
        }
        return null;
    }

    /** Token range [from, to] of the scope that binds the name at {@code index} (the module when unbound). */
    public int[] bindingScope(int index) {
        String name = tokens.get(index).text();
        boolean first = true;
        for (Scope s = innermost(index); s != null; s = s.parent) {
            if (s.kind == Scope.Kind.CLASS && !first) {
                continue;
            }
            first = false;
            if (s.globals.contains(name)) {
                break;
            }
            if (s.bindings.containsKey(name)) {
                return new int[] {s.from, s.to};
            }
        }
        return new int[] {0, tokens.size() - 1};
    }

    /** Qualified name of the dotted chain whose names are {@code nameTokens}, or null. */
    public String qualify(List<Integer> nameTokens) {
        Binding head = lookup(nameTokens.get(0));
        if (!(head instanceof Binding.Imported imported)) {
            return null;
        }
        StringBuilder q = new StringBuilder(imported.qualified());
        for (int i = 1; i < nameTokens.size(); i++) {
            q.append('.').append(tokens.get(nameTokens.get(i)).text());
        }
        return q.toString();
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
        if (receiverTokens.size() == 2 && tokens.get(receiverTokens.get(0)).isName("self")) {
            for (Scope s = innermost(receiverTokens.get(0)); s != null; s = s.parent) {
                if (s.kind == Scope.Kind.CLASS) {
                    return s.selfAttributes.get(tokens.get(receiverTokens.get(1)).text());
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
            if (v[0] == v[1] && tokens.get(v[0]).isName("None")) {
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
                case FOR -> bindTargets(s.first() + 1, untilName(s.first() + 1, s.last(), "in"), scope);
                case WITH, EXCEPT -> bindAsNames(s, scope);
                case GLOBAL, NONLOCAL -> {
                    for (int i = s.first() + 1; i <= s.last(); i++) {
                        if (tokens.get(i).kind() == TokenKind.NAME) {
                            scope.globals.add(tokens.get(i).text());
                        }
                    }
                }
                case DEF, CLASS -> {
                    int nameIndex = definitionName(s);
                    if (tokens.get(nameIndex).kind() == TokenKind.NAME) {
                        scope.bindLocal(tokens.get(nameIndex).text(), null);
                    }
                    Scope.Kind kind = s.kind() == StatementKind.DEF ? Scope.Kind.FUNCTION : Scope.Kind.CLASS;
                    Scope inner = new Scope(kind, nameIndex + 1, s.lastDeep(), scope);
                    scopes.add(inner);
                    if (kind == Scope.Kind.FUNCTION) {
                        bindParameters(nameIndex + 1, s.last(), inner);
                    }
                    collect(s.children(), inner, kind == Scope.Kind.CLASS ? inner
                            : (scope.kind == Scope.Kind.CLASS ? scope : enclosingClass));
                    continue;
                }
                default -> { }
            }
            collect(s.children(), scope, enclosingClass);
        }
    }

    /** Index of the name after 'def' or 'class' (after 'async def' too). */
    private int definitionName(Statement s) {
        int i = s.first();
        while (i < s.last() && !tokens.get(i).isName("def") && !tokens.get(i).isName("class")) {
            i++;
        }
        return tokens.nextCode(i + 1);
    }

    private void bindParameters(int from, int to, Scope scope) {
        int open = tokens.nextCode(from);
        if (!tokens.get(open).isOp("(") || tokens.partner(open) < 0) {
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
                scope.bindLocal(t.text(), null);
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
            while (j <= s.last() && tokens.get(j).kind() == TokenKind.NAME && !tokens.get(j).isName("as")) {
                parts.add(tokens.get(j).text());
                int next = tokens.nextCode(j + 1);
                if (next <= s.last() && tokens.get(next).isOp(".")) {
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
            if (j <= s.last() && tokens.get(j).isName("as")) {
                int alias = tokens.nextCode(j + 1);
                scope.bindImport(tokens.get(alias).text(), module);
                imports.add(new ImportedName(s, tokens.get(alias).text(), module, clauseStart, alias));
                clauseEnd = alias;
                j = tokens.nextCode(alias + 1);
            } else {
                scope.bindImport(parts.get(0), parts.get(0));
                imports.add(new ImportedName(s, parts.get(0), module, clauseStart, tokens.previousCode(clauseEnd)));
            }
            if (j <= s.last() && tokens.get(j).isOp(",")) {
                i = j + 1;
            } else {
                return;
            }
        }
    }

    private void bindFromImport(Statement s, Scope scope) {
        int i = tokens.nextCode(s.first() + 1);
        StringBuilder module = new StringBuilder();
        while (i <= s.last() && !tokens.get(i).isName("import")) {
            module.append(tokens.get(i).text());
            i = tokens.nextCode(i + 1);
        }
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
            if (next <= s.last() && tokens.get(next).isName("as")) {
                last = tokens.nextCode(next + 1);
                bound = tokens.get(last).text();
            }
            String qualified = base.endsWith(".") ? base + name : base + "." + name;
            scope.bindImport(bound, qualified);
            imports.add(new ImportedName(s, bound, qualified, i, last));
            i = last;
        }
    }

    private void bindAssignment(Statement s, Scope scope, Scope enclosingClass) {
        List<Integer> equals = new ArrayList<>();
        for (int i = s.first(); i <= s.last(); i++) {
            Token t = tokens.get(i);
            if (t.opensBracket() && tokens.partner(i) > i) {
                i = tokens.partner(i);
                continue;
            }
            if (t.kind() == TokenKind.OP && t.text().endsWith("=") && !t.text().equals("==") && !t.text().equals("!=")
                    && !t.text().equals("<=") && !t.text().equals(">=")) {
                equals.add(i);
            }
            if (t.isName("lambda")) {
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
            bindTarget(segmentStart, segmentEnd, scope, enclosingClass, equals.size() == 1 && tokens.get(eq).isOp("=") ? value : null);
            segmentStart = tokens.nextCode(eq + 1);
        }
    }

    /** Binds one assignment target; a lone name or self.attr keeps its value for constructor tracking. */
    private void bindTarget(int from, int to, Scope scope, Scope enclosingClass, int[] value) {
        List<Integer> code = codeTokens(from, to);
        if (code.size() == 1 && tokens.get(code.get(0)).kind() == TokenKind.NAME) {
            scope.bindLocal(tokens.get(code.get(0)).text(), value);
            return;
        }
        if (code.size() == 3 && tokens.get(code.get(0)).isName("self") && tokens.get(code.get(1)).isOp(".")
                && enclosingClass != null) {
            String attr = tokens.get(code.get(2)).text();
            List<int[]> values = enclosingClass.selfAttributes.computeIfAbsent(attr, k -> new ArrayList<>());
            values.add(value == null ? new int[] {-1, -1} : value);
            return;
        }
        bindTargets(from, to + 1, scope);
    }

    /** Binds the names of a target list in [from, to): names at depth 0 or inside a tuple/list target. */
    private void bindTargets(int from, int to, Scope scope) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.kind() != TokenKind.NAME || t.isName("in")) {
                continue;
            }
            int prev = tokens.previousCode(i - 1);
            int next = tokens.nextCode(i + 1);
            boolean attribute = prev >= 0 && tokens.get(prev).isOp(".");
            boolean followed = next < tokens.size() && (tokens.get(next).isOp(".") || tokens.get(next).isOp("(")
                    || tokens.get(next).isOp("["));
            boolean subscript = prev >= 0 && tokens.get(prev).isOp("[") && !isTargetBracket(prev, from);
            if (!attribute && !followed && !subscript) {
                scope.bindLocal(t.text(), null);
            }
        }
    }

    private boolean isTargetBracket(int bracket, int from) {
        int prev = tokens.previousCode(bracket - 1);
        return prev < from || tokens.get(prev).isOp(",") || tokens.get(prev).isOp("(") || tokens.get(prev).isOp("[")
                || tokens.get(prev).isName("for");
    }

    private void bindAsNames(Statement s, Scope scope) {
        for (int i = s.first(); i <= s.last(); i++) {
            if (tokens.get(i).isName("as")) {
                int start = tokens.nextCode(i + 1);
                int end = start;
                while (end <= s.last() && !tokens.get(end).isOp(",") && !tokens.get(end).isOp(":")) {
                    end = tokens.nextCode(end + 1);
                    if (tokens.get(start).opensBracket()) {
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
            if (tokens.get(i).kind() == TokenKind.NAME) {
                int next = tokens.nextCode(i + 1);
                if (next <= s.last() && tokens.get(next).isOp(":=")) {
                    scope.bindLocal(tokens.get(i).text(), null);
                }
            }
        }
    }

    private int untilName(int from, int to, String word) {
        for (int i = from; i <= to; i++) {
            if (tokens.get(i).opensBracket() && tokens.partner(i) > i) {
                i = tokens.partner(i);
                continue;
            }
            if (tokens.get(i).isName(word)) {
                return i;
            }
        }
        return to + 1;
    }

    private int untilOp(int from, int to, String op) {
        for (int i = from; i <= to; i++) {
            if (tokens.get(i).opensBracket() && tokens.partner(i) > i) {
                i = tokens.partner(i);
                continue;
            }
            if (tokens.get(i).isOp(op)) {
                return i - 1;
            }
        }
        return to;
    }

    private List<Integer> codeTokens(int from, int to) {
        List<Integer> code = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            if (tokens.get(i).kind().isCode()) {
                code.add(i);
            }
        }
        return code;
    }

    public Module module() {
        return module;
    }
}
