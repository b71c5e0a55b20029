package dev.greenshift.syntax;

import dev.greenshift.lex.Token;
import dev.greenshift.lex.TokenKind;
import dev.greenshift.lex.TokenStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the statement tree from a token stream: logical lines split at ';' into statements,
 * compound headers own the block that follows (an INDENT..DEDENT block or a one-line suite),
 * decorators attach to their def or class. It reads layout only, so it accepts Python 2 and
 * broken code alike: an unexpected INDENT is read as more statements, a stray DEDENT is skipped.
 */
final class StructureParser {
    /** CPython refuses more than 100 indentation levels; we allow more but keep the stack bounded. */
    static final int MAX_DEPTH = 1000;

    private static final Map<String, StatementKind> COMPOUND = Map.ofEntries(
            Map.entry("if", StatementKind.IF), Map.entry("elif", StatementKind.ELIF),
            Map.entry("else", StatementKind.ELSE), Map.entry("for", StatementKind.FOR),
            Map.entry("while", StatementKind.WHILE), Map.entry("try", StatementKind.TRY),
            Map.entry("except", StatementKind.EXCEPT), Map.entry("finally", StatementKind.FINALLY),
            Map.entry("with", StatementKind.WITH), Map.entry("def", StatementKind.DEF),
            Map.entry("class", StatementKind.CLASS));

    private static final Map<String, StatementKind> SIMPLE = Map.ofEntries(
            Map.entry("import", StatementKind.IMPORT), Map.entry("from", StatementKind.FROM_IMPORT),
            Map.entry("return", StatementKind.RETURN), Map.entry("pass", StatementKind.PASS),
            Map.entry("del", StatementKind.DEL), Map.entry("raise", StatementKind.RAISE),
            Map.entry("global", StatementKind.GLOBAL), Map.entry("nonlocal", StatementKind.NONLOCAL),
            Map.entry("assert", StatementKind.ASSERT), Map.entry("break", StatementKind.BREAK),
            Map.entry("continue", StatementKind.CONTINUE));

    private final TokenStream tokens;
    private final String text;
    private int pos;
    /** True while parsing the body of a 'match': only there is 'case x: y' a one-line case clause. */
    private boolean inMatchBody;

    StructureParser(TokenStream tokens) {
        this.tokens = tokens;
        this.text = tokens.text();
    }

    Block parseModule() {
        return parseBlock(0, false);
    }

    private Block parseBlock(int depth, boolean matchBody) {
        boolean outer = inMatchBody;
        inMatchBody = matchBody;
        try {
            return parseStatements(depth);
        } finally {
            inMatchBody = outer;
        }
    }

    private Block parseStatements(int depth) {
        if (depth > MAX_DEPTH) {
            Token t = tokens.get(Math.min(pos, tokens.size() - 1));
            throw new SyntaxLimitException("nested deeper than " + MAX_DEPTH + " blocks", t.line(), t.column());
        }
        List<Statement> statements = new ArrayList<>();
        List<Statement> decorators = new ArrayList<>();
        while (true) {
            int i = skipTrivia(pos);
            if (tokens.kind(i) == TokenKind.ENDMARKER) {
                pos = i;
                break;
            }
            if (tokens.kind(i) == TokenKind.DEDENT) {
                pos = i + 1;
                if (depth > 0) {
                    break;
                }
                continue;
            }
            if (tokens.kind(i) == TokenKind.INDENT) {
                // Decorators followed by an indented line decorate nothing: keep them before it, in order.
                statements.addAll(decorators);
                decorators.clear();
                pos = i + 1;
                statements.addAll(parseBlock(depth + 1, false).statements());
                continue;
            }
            int newline = endOfLogicalLine(i);
            pos = newline + 1;
            List<Statement> line = parseLogicalLine(i, newline, depth);
            for (Statement s : line) {
                if (s.kind() == StatementKind.DECORATOR) {
                    decorators.add(s);
                } else if (!decorators.isEmpty() && (s.kind() == StatementKind.DEF || s.kind() == StatementKind.CLASS)) {
                    statements.add(withDecorators(s, decorators));
                    decorators.clear();
                } else {
                    statements.addAll(decorators);
                    decorators.clear();
                    statements.add(s);
                }
            }
        }
        statements.addAll(decorators);
        return new Block(statements, false);
    }

    private static Statement withDecorators(Statement s, List<Statement> decorators) {
        return new Statement(s.kind(), s.first(), s.last(), s.terminator(), s.indentation(), s.line(), s.column(),
                s.async(), s.body(), decorators);
    }

    private int skipTrivia(int from) {
        int i = from;
        while (i < tokens.size() - 1) {
            TokenKind k = tokens.kind(i);
            if (!k.isTrivia() && k != TokenKind.NEWLINE) {
                break;
            }
            i++;
        }
        return i;
    }

    private int endOfLogicalLine(int from) {
        int i = from;
        while (i < tokens.size() - 1 && tokens.kind(i) != TokenKind.NEWLINE) {
            i++;
        }
        return i;
    }

    /** Statements of one logical line [from, newline]; a compound header also parses its body. */
    private List<Statement> parseLogicalLine(int from, int newline, int depth) {
        List<Statement> result = new ArrayList<>();
        int start = from;
        while (start < newline) {
            start = nextCode(start, newline);
            if (start >= newline) {
                break;
            }
            StatementKind compound = compoundKind(start, newline);
            if (compound != null) {
                result.add(compound(compound, start, newline, depth));
                break;
            }
            int end = endOfSimple(start, newline);
            int last = previousCode(end - 1, start);
            result.add(statement(simpleKind(start, end), start, last, end, false, null, depth));
            start = end + 1;
        }
        return result;
    }

    private Statement compound(StatementKind kind, int start, int newline, int depth) {
        boolean async = tokens.isName(start, "async");
        if (kind == StatementKind.DECORATOR) {
            int last = previousCode(newline - 1, start);
            return statement(kind, start, last, newline, false, null, depth);
        }
        int colon = headerColon(start, newline);
        int afterColon = nextCode(colon + 1, newline);
        Block body;
        if (afterColon < newline) {
            body = inlineSuite(afterColon, newline, depth);
        } else {
            int saved = pos;
            pos = newline + 1;
            int j = skipTrivia(pos);
            if (tokens.kind(j) == TokenKind.INDENT) {
                pos = j + 1;
                body = parseBlock(depth + 1, kind == StatementKind.MATCH);
            } else {
                pos = saved;
                body = Block.EMPTY;
            }
        }
        return statement(kind, start, colon, afterColon < newline ? colon : newline, async, body, depth);
    }

    private Block inlineSuite(int start, int newline, int depth) {
        List<Statement> statements = new ArrayList<>();
        int s = start;
        while (s < newline) {
            s = nextCode(s, newline);
            if (s >= newline) {
                break;
            }
            int end = endOfSimple(s, newline);
            int last = previousCode(end - 1, s);
            statements.add(statement(simpleKind(s, end), s, last, end, false, null, depth + 1));
            s = end + 1;
        }
        return new Block(statements, true);
    }

    private Statement statement(StatementKind kind, int first, int last, int terminator, boolean async, Block body, int depth) {
        Token t = tokens.get(first);
        return new Statement(kind, first, Math.max(first, last), terminator, indentationOf(t), t.line(), t.column(),
                async, body, List.of());
    }

    /** The whitespace from the start of the token's physical line to the token, or "" if code precedes it. */
    private String indentationOf(Token t) {
        // The tokenizer counts columns from the last line break, so the line starts column characters back.
        // Only the leading whitespace is read: walking or copying the whole prefix made a line of 50,000
        // ';'-separated statements quadratic.
        int lineStart = t.offset() - t.column();
        int i = lineStart;
        while (i < t.offset() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i == t.offset()) {
            String indentation = spaces(lineStart, t.offset());
            return indentation.indexOf('\uFEFF') < 0 ? indentation : indentation.replace("\uFEFF", "");
        }
        int end = lineStart;
        while (end < t.offset() && (text.charAt(end) == ' ' || text.charAt(end) == '\t' || text.charAt(end) == '\f')) {
            end++;
        }
        return spaces(lineStart, end);
    }

    /**
     * text[start, end) as one shared string when it is only spaces (nearly every indentation): a run keeps
     * the statements of every module it rewrites, and a copy each held two hundred thousand equal strings.
     */
    private String spaces(int start, int end) {
        int length = end - start;
        if (length >= SPACES.length) {
            return text.substring(start, end);
        }
        for (int i = start; i < end; i++) {
            if (text.charAt(i) != ' ') {
                return text.substring(start, end);
            }
        }
        return SPACES[length];
    }

    private static final String[] SPACES = new String[81];

    static {
        for (int n = 0; n < SPACES.length; n++) {
            SPACES[n] = " ".repeat(n);
        }
    }

    private StatementKind compoundKind(int start, int newline) {
        if (tokens.isOp(start, "@")) {
            return StatementKind.DECORATOR;
        }
        if (tokens.kind(start) != TokenKind.NAME) {
            return null;
        }
        String word = tokens.text(start);
        if (word.equals("async")) {
            int next = nextCode(start + 1, newline);
            if (next < newline) {
                String w = tokens.text(next);
                if (w.equals("def") || w.equals("for") || w.equals("with")) {
                    return COMPOUND.get(w);
                }
            }
            return null;
        }
        StatementKind kind = COMPOUND.get(word);
        if (kind != null) {
            return headerColon(start, newline) < newline ? kind : null;
        }
        if ((word.equals("match") || word.equals("case")) && looksLikeSoftKeywordHeader(start, newline)) {
            return word.equals("match") ? StatementKind.MATCH : StatementKind.CASE;
        }
        return null;
    }

    /** 'match x:' and 'case y:' end their logical line with a colon and do not assign or call through it. */
    private boolean looksLikeSoftKeywordHeader(int start, int newline) {
        int next = nextCode(start + 1, newline);
        if (next >= newline) {
            return false;
        }
        String op = tokens.text(next);
        if (tokens.kind(next) == TokenKind.OP && !op.equals("(") && !op.equals("[") && !op.equals("{") && !op.equals("-") && !op.equals("*")) {
            return false;
        }
        if (inMatchBody && tokens.isName(start, "case")) {
            // Inside a match, 'case p: stmt' is a case with a one-line suite (elsewhere it could be
            // an annotated assignment like 'case [1]: int').
            return headerColon(start, newline) < newline;
        }
        int last = previousCode(newline - 1, start);
        return tokens.isOp(last, ":") && headerColon(start, newline) == last;
    }

    /** The first ':' outside brackets that does not belong to a lambda, or {@code newline}. */
    private int headerColon(int start, int newline) {
        int lambdas = 0;
        for (int i = start; i < newline; i++) {
            if (tokens.opensBracket(i) && tokens.partner(i) > i) {
                i = tokens.partner(i);
                continue;
            }
            if (tokens.isName(i, "lambda")) {
                lambdas++;
            } else if (tokens.isOp(i, ":")) {
                if (lambdas == 0) {
                    return i;
                }
                lambdas--;
            }
        }
        return newline;
    }

    private int endOfSimple(int start, int newline) {
        for (int i = start; i < newline; i++) {
            if (tokens.opensBracket(i) && tokens.partner(i) > i && tokens.partner(i) < newline) {
                i = tokens.partner(i);
                continue;
            }
            if (tokens.isOp(i, ";")) {
                return i;
            }
        }
        return newline;
    }

    private StatementKind simpleKind(int start, int end) {
        if (tokens.kind(start) == TokenKind.NAME) {
            StatementKind k = SIMPLE.get(tokens.text(start));
            if (k != null) {
                return k;
            }
        }
        for (int i = start; i < end; i++) {
            if (tokens.opensBracket(i) && tokens.partner(i) > i && tokens.partner(i) < end) {
                i = tokens.partner(i);
                continue;
            }
            if (tokens.isAssignmentOp(i)) {
                return tokens.text(i).equals("=") ? StatementKind.ASSIGNMENT : StatementKind.AUGMENTED_ASSIGNMENT;
            }
            if (tokens.isName(i, "lambda")) {
                break;
            }
        }
        return StatementKind.EXPRESSION;
    }

    private int nextCode(int from, int limit) {
        int i = from;
        while (i < limit && !tokens.kind(i).isCode()) {
            i++;
        }
        return i;
    }

    private int previousCode(int from, int floor) {
        int i = from;
        while (i > floor && !tokens.kind(i).isCode()) {
            i--;
        }
        return i;
    }
}
