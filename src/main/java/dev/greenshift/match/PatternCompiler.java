package dev.greenshift.match;

import dev.greenshift.lex.Token;
import dev.greenshift.lex.TokenKind;
import dev.greenshift.lex.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles pattern text (Python with metavariables) into a {@link Pattern}, once per recipe.
 * The text is lexed by the same lexer as the code it will match, so spacing, line breaks and
 * comments inside a pattern mean nothing, as they mean nothing in the code.
 */
public final class PatternCompiler {
    private final List<Token> tokens;
    private final String text;

    private PatternCompiler(String text) {
        this.text = text;
        this.tokens = Tokenizer.tokenize(text).tokens().stream().filter(t -> t.kind().isCode()).toList();
    }

    public static Pattern compile(Context context, String text) throws PatternException {
        PatternCompiler compiler = new PatternCompiler(text);
        compiler.rejectReusedMetavariables();
        return compiler.compile(context);
    }

    /**
     * {@code eventlet.spawn($f, $f)} would bind $f to one argument and silently drop the other in
     * the rewrite: a metavariable names one piece of code, so reusing one is a load error ($_ is a
     * wildcard and may repeat).
     */
    private void rejectReusedMetavariables() throws PatternException {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            String var = metavariable(i);
            if (var != null && !var.equals("_") && !seen.add(var)) {
                throw new PatternException("$" + var + " is bound twice in this pattern: give each piece of code its own name ($"
                        + var + " and $" + var + "2, say)", tokens.get(i).offset());
            }
        }
    }

    /** Compiles a use of a handle, {@code $t.method(args)}, as written in where/then clauses. */
    public static UsePattern compileUse(String text, boolean statement, boolean last) throws PatternException {
        PatternCompiler c = new PatternCompiler(text);
        String var = c.metavariable(0);
        if (var == null || c.tokens.size() < 5 || !c.tokens.get(2).isOp(".") || c.tokens.get(3).kind() != TokenKind.NAME
                || !c.tokens.get(4).isOp("(")) {
            throw new PatternException("a use reads '$handle.method(...)'", 0);
        }
        int close = c.matchingParen(4);
        c.expectEnd(close + 1);
        return new UsePattern(var, c.tokens.get(3).text(), c.arguments(5, close), statement, last);
    }

    private Pattern compile(Context context) throws PatternException {
        if (tokens.isEmpty()) {
            throw new PatternException("empty pattern", 0);
        }
        switch (context) {
            case STRING -> {
                int end = dotted(0);
                expectEnd(end);
                return new Pattern.Text(join(0, end));
            }
            case NAME, IMPORT -> {
                int end = dotted(0);
                expectEnd(end);
                return new Pattern.Name(context, join(0, end));
            }
            case DECORATOR -> {
                int end = dotted(0);
                if (end == tokens.size()) {
                    return new Pattern.Name(context, join(0, end));
                }
                return call(context, 0, null);
            }
            case ASSIGNMENT -> {
                String target = metavariable(0);
                if (target == null || tokens.size() < 3 || !tokens.get(2).isOp("=")) {
                    throw new PatternException("an assignment pattern reads '$target = call(...)'", tokens.get(0).offset());
                }
                return call(context, 3, target);
            }
            default -> {
                return call(context, 0, null);
            }
        }
    }

    private Pattern call(Context context, int start, String target) throws PatternException {
        int end = dotted(start);
        String callee = join(start, end);
        String method = null;
        if (context == Context.METHOD) {
            int dot = callee.lastIndexOf('.');
            if (dot < 0) {
                throw new PatternException("a method pattern reads 'module.Constructor.method(...)'", tokens.get(start).offset());
            }
            method = callee.substring(dot + 1);
            callee = callee.substring(0, dot);
        }
        if (end >= tokens.size() || !tokens.get(end).isOp("(")) {
            throw new PatternException("expected '(' after " + join(start, end), offsetAt(end));
        }
        int close = matchingParen(end);
        expectEnd(close + 1);
        return new Pattern.Call(context, callee, method, target, arguments(end + 1, close));
    }

    private List<ArgPattern> arguments(int from, int close) throws PatternException {
        List<ArgPattern> args = new ArrayList<>();
        for (int[] range : splitArguments(from, close)) {
            args.add(argument(range[0], range[1]));
        }
        return args;
    }

    private ArgPattern argument(int from, int to) throws PatternException {
        String var = metavariable(from);
        if (var != null) {
            int after = from + 2;
            if (after == to) {
                return new ArgPattern.One(var);
            }
            if (after + 1 == to && tokens.get(after).isOp("*")) {
                return new ArgPattern.Rest(var);
            }
            if (after + 1 == to && tokens.get(after).isOp("**")) {
                return new ArgPattern.KeywordRest(var);
            }
        }
        if (to - from >= 3 && tokens.get(from).kind() == TokenKind.NAME && tokens.get(from + 1).isOp("=")) {
            boolean optional = tokens.get(to - 1).is(TokenKind.ERROR, "?") && metavariable(from + 2) != null && to - from == 5;
            return new ArgPattern.Keyword(tokens.get(from).text(), argument(from + 2, optional ? to - 1 : to), optional);
        }
        if (tokens.get(from).isOp("(") && matchingParen(from) == to - 1 && hasTopLevelComma(from + 1, to - 1)) {
            return new ArgPattern.Tuple(arguments(from + 1, to - 1));
        }
        if (tokens.get(from).kind() == TokenKind.NAME && !tokens.get(from).isName("None")
                && !tokens.get(from).isName("True") && !tokens.get(from).isName("False")) {
            int end = dotted(from);
            if (end < to && tokens.get(end).isOp("(") && matchingParen(end) == to - 1) {
                return new ArgPattern.Call(join(from, end), arguments(end + 1, to - 1));
            }
        }
        List<String> literal = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (tokens.get(i).kind() == TokenKind.ERROR) {
                throw new PatternException("unexpected '" + tokens.get(i).text() + "' in pattern", tokens.get(i).offset());
            }
            literal.add(tokens.get(i).text());
        }
        return new ArgPattern.Literal(literal);
    }

    private List<int[]> splitArguments(int from, int close) {
        List<int[]> ranges = new ArrayList<>();
        int start = from;
        int depth = 0;
        for (int i = from; i < close; i++) {
            Token t = tokens.get(i);
            if (t.opensBracket()) {
                depth++;
            } else if (t.closesBracket()) {
                depth--;
            } else if (depth == 0 && t.isOp(",")) {
                ranges.add(new int[] {start, i});
                start = i + 1;
            }
        }
        if (start < close) {
            ranges.add(new int[] {start, close});
        }
        return ranges;
    }

    /** True when [from, to) holds a comma outside brackets, i.e. more than one item or a trailing comma. */
    private boolean hasTopLevelComma(int from, int to) {
        List<int[]> items = splitArguments(from, to);
        return items.size() > 1 || !items.isEmpty() && items.get(items.size() - 1)[1] < to;
    }

    private int matchingParen(int open) throws PatternException {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).opensBracket()) {
                depth++;
            } else if (tokens.get(i).closesBracket()) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        throw new PatternException("unbalanced '(' in pattern", tokens.get(open).offset());
    }

    /** The variable name when tokens[i] is '$' followed by a name. */
    private String metavariable(int i) {
        if (i + 1 < tokens.size() && tokens.get(i).is(TokenKind.ERROR, "$") && tokens.get(i + 1).kind() == TokenKind.NAME
                && tokens.get(i + 1).offset() == tokens.get(i).end()) {
            return tokens.get(i + 1).text();
        }
        return null;
    }

    /** Index after a dotted name starting at {@code start}. */
    private int dotted(int start) throws PatternException {
        if (start >= tokens.size() || tokens.get(start).kind() != TokenKind.NAME) {
            throw new PatternException("expected a qualified name such as eventlet.spawn", offsetAt(start));
        }
        int i = start + 1;
        while (i + 1 < tokens.size() && tokens.get(i).isOp(".") && tokens.get(i + 1).kind() == TokenKind.NAME) {
            i += 2;
        }
        return i;
    }

    private String join(int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            out.append(tokens.get(i).text());
        }
        return out.toString();
    }

    private void expectEnd(int end) throws PatternException {
        if (end < tokens.size()) {
            throw new PatternException("unexpected '" + tokens.get(end).text() + "' after the pattern", tokens.get(end).offset());
        }
    }

    private int offsetAt(int i) {
        return i < tokens.size() ? tokens.get(i).offset() : text.length();
    }
}
