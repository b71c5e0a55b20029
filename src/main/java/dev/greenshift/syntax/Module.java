package dev.greenshift.syntax;

import dev.greenshift.lex.Token;
import dev.greenshift.lex.TokenKind;
import dev.greenshift.lex.TokenStream;
import dev.greenshift.lex.Tokenizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The syntax stage's entry: a parsed file. It holds the token stream and the statement tree,
 * and answers the questions later stages ask: walk statements, find dotted-name calls, compute
 * where to insert a statement after another one.
 */
public final class Module {
    private final TokenStream tokens;
    private final Block body;
    /** Computed once: later stages ask for it per match, and it costs a walk of the whole file. */
    private Statement[] owners;
    /** Computed once, like the owners: every stage that climbs the tree asks it. */
    private volatile Map<Statement, Statement> parents;

    private Module(TokenStream tokens, Block body) {
        this.tokens = tokens;
        this.body = body;
    }

    public TokenStream tokens() {
        return tokens;
    }

    public Block body() {
        return body;
    }

    /**
     * The last module each thread parsed: the steps of one rewrite parse what the step before left,
     * often unchanged. The tokenizer remembers recent texts; the same token stream back means the
     * same text, so the structure is not built again either.
     */
    private static final ThreadLocal<Module> LAST = new ThreadLocal<>();

    public static Module parse(String text) {
        TokenStream tokens = Tokenizer.tokenize(text);
        Module last = LAST.get();
        if (last != null && last.tokens == tokens) {
            return last;
        }
        Module parsed = parse(tokens);
        LAST.set(parsed);
        return parsed;
    }

    public static Module parse(TokenStream tokens) {
        return new Module(tokens, new StructureParser(tokens).parseModule());
    }

    /** Every statement, depth first in source order, with its parent (null at module level). */
    public void walk(BiConsumer<Statement, Statement> visitor) {
        walk(body.statements(), null, visitor);
    }

    // Indexed loops: an iterator per statement list (most of them empty) was a large share of what a run allocates.
    private static void walk(List<Statement> statements, Statement parent, BiConsumer<Statement, Statement> visitor) {
        for (int i = 0, n = statements.size(); i < n; i++) {
            Statement s = statements.get(i);
            List<Statement> decorators = s.decorators();
            for (int k = 0, m = decorators.size(); k < m; k++) {
                visitor.accept(decorators.get(k), parent);
            }
            visitor.accept(s, parent);
            walk(s.children(), s, visitor);
        }
    }

    /**
     * Each statement's parent: the compound statement whose body holds it (for a decorator, the
     * decorated def's parent); statements at module level map to null.
     */
    public Map<Statement, Statement> parents() {
        Map<Statement, Statement> known = parents;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (parents == null) {
                Map<Statement, Statement> map = new IdentityHashMap<>();
                walk(map::put);
                parents = Collections.unmodifiableMap(map);
            }
            return parents;
        }
    }

    /**
     * True when {@code s} runs as the module is imported: at module level, in a class body or a def's
     * header (decorators, defaults), not inside a def's body (which runs when it is called).
     */
    public boolean runsOnImport(Statement s) {
        Map<Statement, Statement> parent = parents();
        for (Statement p = parent.get(s); p != null; p = parent.get(p)) {
            if (p.kind() == StatementKind.DEF) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when {@code token} is part of an annotation: a parameter's ({@code def f(x: T = d)}), a
     * def's return ({@code -> T}) or an annotated assignment's ({@code x: T = v}). Like a type check,
     * an annotation names the class of objects that may be made anywhere.
     */
    public boolean inAnnotation(int token) {
        Statement s = owners()[token];
        if (s == null) {
            return false;
        }
        int outer = -1;
        for (int open = enclosingBracket(token); open >= 0; open = enclosingBracket(open)) {
            outer = open;
        }
        if (s.kind() == StatementKind.DEF) {
            int parameters = tokens.nextCode(definitionName(s) + 1);
            if (outer == parameters) {
                return annotatedBefore(outer + 1, token, parameters);
            }
            return topLevelBefore(parameters, outer >= 0 ? outer : token, "->") >= 0;
        }
        if (s.kind() != StatementKind.ASSIGNMENT && s.kind() != StatementKind.EXPRESSION) {
            return false;
        }
        return annotatedBefore(s.first(), token, -1);
    }

    /**
     * Whether a {@code :} at the level of {@code from} comes before {@code token} in its part (after
     * the last {@code ,} when {@code bracket} is a parameter list), with no {@code =} before it or
     * between it and the token: the annotation of a parameter or of an assignment target.
     */
    private boolean annotatedBefore(int from, int token, int bracket) {
        boolean annotated = false;
        boolean defaulted = false;
        for (int i : levelTokens(from, token)) {
            if (tokens.kind(i) != TokenKind.OP) {
                continue;
            }
            if (bracket >= 0 && tokens.text(i).equals(",")) {
                annotated = false;
                defaulted = false;
            } else if (tokens.text(i).equals(":") && !defaulted) {
                annotated = true; // a colon in a default is a lambda's
            } else if (tokens.text(i).equals("=")) {
                if (bracket < 0) {
                    return false; // the assigned value
                }
                defaulted = true;
                annotated = false;
            }
        }
        return annotated;
    }

    /** The first {@code op} at the level of {@code from}, before {@code token}, or -1. */
    private int topLevelBefore(int from, int token, String op) {
        return levelTokens(from, token).stream().filter(i -> tokens.isOp(i, op)).findFirst().orElse(-1);
    }

    /** The tokens from {@code from} up to {@code to} that stand at the level of {@code from}, outside any bracket opened since. */
    private List<Integer> levelTokens(int from, int to) {
        List<Integer> out = new ArrayList<>();
        int depth = 0;
        for (int i = from; i < to; i++) {
            if (tokens.opensBracket(i)) {
                depth++;
            } else if (tokens.closesBracket(i)) {
                depth--;
            } else if (depth == 0) {
                out.add(i);
            }
        }
        return out;
    }

    /** The statements of the block under {@code parent}: its body, or the module's own when it is null. */
    public List<Statement> block(Statement parent) {
        return parent == null ? body.statements() : parent.children();
    }

    /** For each token index, the innermost statement whose own tokens include it (null for layout between statements). */
    public synchronized Statement[] owners() {
        if (owners != null) {
            return owners;
        }
        Statement[] owner = new Statement[tokens.size()];
        walk((s, parent) -> {
            int to = Math.min(s.last(), tokens.size() - 1);
            for (int i = s.first(); i <= to; i++) {
                owner[i] = s;
            }
        });
        owners = owner;
        return owner;
    }

    /** Offset where the physical line holding {@code offset} starts. */
    public int lineStart(int offset) {
        String text = tokens.text();
        int i = offset;
        while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
            i--;
        }
        return i;
    }

    /** The start of the run of comment-only lines that ends at {@code lineStart} (itself when none). */
    public int commentsAbove(int lineStart) {
        String text = tokens.text();
        int start = lineStart;
        while (start > 0) {
            int previous = lineStart(start - 1);
            if (!text.substring(previous, start).strip().startsWith("#")) {
                break;
            }
            start = previous;
        }
        return start;
    }

    public List<Statement> allStatements() {
        List<Statement> all = new ArrayList<>();
        walk((s, p) -> all.add(s));
        return all;
    }

    /**
     * Re-renders the file by walking the tree: each statement contributes its own tokens, and the
     * tokens between statements (layout, comments) are copied as they lie. Equal to the source
     * text exactly when the tree covers the tokens in order, which is what the round-trip check proves.
     */
    public String renderFromTree() {
        StringBuilder out = new StringBuilder(tokens.text().length());
        int[] next = {0};
        walk((s, parent) -> {
            int from = s.first();
            int to = s.kind().isCompound() ? s.last() : Math.max(s.last(), Math.min(s.terminator(), tokens.size() - 1));
            if (from < next[0]) {
                throw new IllegalStateException("statement at line " + s.line() + " overlaps the one before it");
            }
            append(out, next[0], to);
            next[0] = to + 1;
        });
        append(out, next[0], tokens.size() - 1);
        return out.toString();
    }

    private void append(StringBuilder out, int from, int to) {
        for (int i = from; i <= to; i++) {
            out.append(tokens.text(i));
        }
    }

    /** Calls whose callee is exactly the dotted name {@code dotted} as written ("eventlet.spawn"). */
    public List<Integer> callsOf(String dotted) {
        String[] parts = dotted.split("\\.");
        List<Integer> found = new ArrayList<>();
        List<Token> ts = tokens.tokens();
        for (int i = 0; i < ts.size(); i++) {
            int end = matchDotted(i, parts);
            if (end < 0) {
                continue;
            }
            int open = tokens.nextCode(end + 1);
            if (ts.get(open).isOp("(") && !isAttributeAccess(i)) {
                found.add(i);
            }
        }
        return found;
    }

    /** The innermost bracket open at {@code token} within its logical line (scanning back), or -1. */
    public int enclosingBracket(int token) {
        int depth = 0;
        for (int i = token - 1; i >= 0; i--) {
            if (tokens.closesBracket(i)) {
                depth++;
            } else if (tokens.opensBracket(i)) {
                if (depth == 0) {
                    return i;
                }
                depth--;
            } else if (tokens.kind(i) == TokenKind.NEWLINE) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The dotted name called by the bracket at {@code open} ({@code pool.spawn} of {@code pool.spawn(}),
     * as token indexes, or null when no name precedes it. A keyword such as {@code in} ends the chain:
     * {@code for q in zip(a, b)} calls {@code zip}, not {@code in.zip}.
     */
    public List<Integer> calleeChain(int open) {
        List<Integer> chain = new ArrayList<>();
        int i = tokens.previousCode(open - 1);
        while (i >= 0 && tokens.kind(i) == TokenKind.NAME && !tokens.isName(i, "in") && !tokens.isName(i, "for")) {
            chain.add(0, i);
            int dot = tokens.previousCode(i - 1);
            if (dot < 0 || !tokens.isOp(dot, ".")) {
                break;
            }
            i = tokens.previousCode(dot - 1);
        }
        return chain.isEmpty() ? null : chain;
    }

    /** The NAME tokens of the dotted chain starting at {@code head}: {@code a . b . c} gives [a, b, c]. */
    public List<Integer> dottedChain(int head) {
        List<Integer> chain = new ArrayList<>();
        for (int j = head; j >= 0; j = nextInChain(j)) {
            chain.add(j);
        }
        return chain;
    }

    /** The last NAME of {@link #dottedChain}{@code (head)}, without building the chain (asked of every name of a module). */
    public int dottedChainEnd(int head) {
        int last = head;
        for (int j = head; j >= 0; j = nextInChain(j)) {
            last = j;
        }
        return last;
    }

    /** The NAME after {@code name} and a dot, or -1 when the chain ends at {@code name}. */
    private int nextInChain(int name) {
        int dot = tokens.nextCode(name + 1);
        if (!tokens.isOp(dot, ".")) {
            return -1;
        }
        int next = tokens.nextCode(dot + 1);
        return tokens.kind(next) == TokenKind.NAME ? next : -1;
    }

    /** Index of the last NAME of {@code parts} when they start at {@code i}, or -1. */
    public int matchDotted(int i, String[] parts) {
        int at = i;
        for (int p = 0; p < parts.length; p++) {
            if (at >= tokens.size() || !tokens.isName(at, parts[p])) {
                return -1;
            }
            if (p < parts.length - 1) {
                int dot = tokens.nextCode(at + 1);
                if (!tokens.isOp(dot, ".")) {
                    return -1;
                }
                at = tokens.nextCode(dot + 1);
            }
        }
        return at;
    }

    /** Index of the name after 'def' or 'class' (after 'async def' too). */
    public int definitionName(Statement s) {
        int i = s.first();
        while (i < s.last() && !tokens.isName(i, "def") && !tokens.isName(i, "class")) {
            i++;
        }
        return tokens.nextCode(i + 1);
    }

    /** True when the name at {@code i} is the one a {@code def} or {@code class} binds. */
    public boolean isDefinitionName(int i) {
        int prev = tokens.previousCode(i - 1);
        return prev >= 0 && (tokens.isName(prev, "def") || tokens.isName(prev, "class"));
    }

    /** True when the name at {@code i} follows a '.', i.e. is an attribute of something else. */
    public boolean isAttributeAccess(int i) {
        int prev = tokens.previousCode(i - 1);
        return prev >= 0 && tokens.isOp(prev, ".");
    }

    /**
     * Where and what to insert so that {@code statementText} becomes a new statement right after
     * {@code after}, with the same indentation and the file's line ending.
     */
    public Insertion insertAfter(Statement after, String statementText, String lineEnding) {
        Token terminator = tokens.get(Math.min(after.terminator(), tokens.size() - 1));
        Token first = tokens.get(after.first());
        boolean codeBefore = !tokens.text().substring(lineStart(first.offset()), first.offset()).isBlank();
        boolean sharesItsLine = !after.kind().isCompound() && (codeBefore || !terminator.kind().equals(TokenKind.NEWLINE));
        if (sharesItsLine) {
            // 'a(); b()' or the one-line suite of 'if x: a()': a new line would leave the suite; join with ';'.
            return new Insertion(tokens.end(after.last()), "; " + statementText);
        }
        int newline = after.lastDeep();
        while (newline < tokens.size() - 1 && tokens.kind(newline) != TokenKind.NEWLINE) {
            newline++;
        }
        if (tokens.kind(newline) == TokenKind.NEWLINE && !tokens.text(newline).isEmpty()) {
            return new Insertion(tokens.end(newline), after.indentation() + statementText + lineEnding);
        }
        return new Insertion(tokens.end(newline), lineEnding + after.indentation() + statementText);
    }

    /** Text to insert at an offset: the shape of every statement insertion. */
    public record Insertion(int offset, String text) {
    }
}
