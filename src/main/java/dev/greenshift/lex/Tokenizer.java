package dev.greenshift.lex;

import dev.greenshift.grammar.PythonLexer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The lex stage's one entry: source text in, a lossless {@link TokenStream} out. {@link RawScanner},
 * a hand-written twin of the ANTLR lexer (grammar/PythonLexer.g4) that borrows it for f-strings,
 * cuts the text into raw tokens; this class adds what CPython's
 * tokenizer adds: NEWLINE at the end of a logical line, NL elsewhere, INDENT (carrying the
 * indentation whitespace) and zero-width DEDENT, and a final ENDMARKER. It never throws on bad
 * input: odd indentation and unbalanced brackets produce tokens as CPython would try to.
 */
public final class Tokenizer {
    private static final int TAB_SIZE = 8;

    private final String text;
    private final TokenColumns out;
    private final Deque<Integer> indents = new ArrayDeque<>();
    /** Token indexes of the brackets open here, innermost last: ints, not a deque of boxed indexes (a third of a run's Integers). */
    private int[] openBrackets = new int[16];
    private int openCount;
    private final List<int[]> pairs = new ArrayList<>();
    private int offset;
    private int line = 1;
    private int column;
    private boolean logicalLineStarted;
    private boolean atPhysicalLineStart = true;
    private int pendingIndentToken = -1;

    private Tokenizer(String text) {
        this.text = text;
        // About five characters a token in real code: sized for a few more, the columns seldom grow.
        this.out = new TokenColumns(text.length() / 4 + 16);
        indents.push(0);
    }

    /**
     * A rewrite lexes the same text several times over (its husk sweep, import fixer and layout
     * each read what the step before wrote, usually unchanged): each thread remembers the last
     * few texts it lexed. Comparing a text with a remembered one costs a memory compare, lexing
     * it again a hundred times that.
     */
    private static final int REMEMBERED = 4;
    private static final ThreadLocal<java.util.ArrayDeque<TokenStream>> RECENT = ThreadLocal.withInitial(java.util.ArrayDeque::new);

    /**
     * Which lexer cuts the raw tokens: {@link RawScanner} unless the system property
     * {@code greenshift.lexer} is {@code antlr}, which keeps the generated lexer for the whole
     * text (the reference the fast scanner is checked against).
     */
    private static final boolean FAST = !"antlr".equals(System.getProperty("greenshift.lexer", "fast"));

    /** The tokens of {@code text} from the chosen raw lexer, uncached: for comparing the two. */
    static TokenStream tokenize(String text, boolean fast) {
        return new Tokenizer(text).run(fast);
    }

    public static TokenStream tokenize(String text) {
        java.util.ArrayDeque<TokenStream> recent = RECENT.get();
        for (TokenStream known : recent) {
            if (known.text().equals(text)) {
                return known;
            }
        }
        TokenStream tokens = new Tokenizer(text).run(FAST);
        if (recent.size() == REMEMBERED) {
            recent.removeLast();
        }
        recent.addFirst(tokens);
        return tokens;
    }

    private TokenStream run(boolean fast) {
        String[] recent = TokenTexts.recent();
        RawSink sink = new RawSink() {
            @Override
            public void token(int type, String raw) {
                accept(type, TokenTexts.shared(raw));
            }

            @Override
            public void token(int type, String source, int start, int end) {
                // Strings and comments seldom repeat: remembering them would only evict names.
                boolean repeats = type != PythonLexer.STRING && type != PythonLexer.COMMENT;
                accept(type, repeats ? TokenTexts.shared(recent, source, start, end) : TokenTexts.shared(source.substring(start, end)));
            }
        };
        if (fast) {
            RawScanner.scan(text, sink);
        } else {
            AntlrRawLexer.lexAll(text, sink);
        }
        finish();
        int[] partner = new int[out.size()];
        java.util.Arrays.fill(partner, -1);
        for (int[] pair : pairs) {
            partner[pair[0]] = pair[1];
            partner[pair[1]] = pair[0];
        }
        mergeFStringMiddles(out, partner);
        out.trim();
        return new TokenStream(text, out.kinds, out.offsets, out.lines, out.columns, out.texts, partner);
    }

    private void accept(int type, String raw) {
        switch (type) {
            case PythonLexer.NEWLINE_RAW -> newline(raw);
            case PythonLexer.WS -> whitespace(raw);
            case PythonLexer.COMMENT -> emit(TokenKind.COMMENT, raw);
            case PythonLexer.BOM -> emit(TokenKind.BOM, raw);
            case PythonLexer.CONTINUATION -> {
                emit(TokenKind.CONTINUATION, raw);
                atPhysicalLineStart = false;
            }
            case PythonLexer.NAME -> code(TokenKind.NAME, raw);
            case PythonLexer.NUMBER -> code(TokenKind.NUMBER, raw);
            case PythonLexer.STRING -> code(TokenKind.STRING, raw);
            case PythonLexer.FSTRING_START -> code(TokenKind.FSTRING_START, raw);
            case PythonLexer.FSTRING_MIDDLE -> code(TokenKind.FSTRING_MIDDLE, raw);
            case PythonLexer.FSTRING_END -> code(TokenKind.FSTRING_END, raw);
            case PythonLexer.ERROR_CHAR -> code(TokenKind.ERROR, raw);
            case PythonLexer.OPEN, PythonLexer.LBRACE -> {
                code(TokenKind.OP, raw);
                if (openCount == openBrackets.length) {
                    openBrackets = java.util.Arrays.copyOf(openBrackets, openCount * 2);
                }
                openBrackets[openCount++] = out.size() - 1;
            }
            case PythonLexer.CLOSE, PythonLexer.BRACE_CLOSE, PythonLexer.RBRACE -> {
                code(TokenKind.OP, raw);
                closeBracket(raw);
            }
            default -> code(TokenKind.OP, raw);
        }
    }

    private void closeBracket(String raw) {
        if (openCount == 0) {
            return;
        }
        int open = openBrackets[openCount - 1];
        if (matches(out.text(open), raw)) {
            openCount--;
            pairs.add(new int[] {open, out.size() - 1});
        }
    }

    private static boolean matches(String open, String close) {
        return open.equals("(") && close.equals(")")
                || open.equals("[") && close.equals("]")
                || open.equals("{") && close.equals("}");
    }

    private void newline(String raw) {
        boolean ends = openCount == 0 && logicalLineStarted;
        emit(ends ? TokenKind.NEWLINE : TokenKind.NL, raw);
        if (ends) {
            logicalLineStarted = false;
        }
        atPhysicalLineStart = true;
        pendingIndentToken = -1;
    }

    private void whitespace(String raw) {
        if (atPhysicalLineStart && !logicalLineStarted) {
            pendingIndentToken = out.size();
        }
        emit(TokenKind.WHITESPACE, raw);
        atPhysicalLineStart = false;
    }

    private void code(TokenKind kind, String raw) {
        if (!logicalLineStarted && openCount == 0) {
            indentation();
            logicalLineStarted = true;
        }
        emit(kind, raw);
        atPhysicalLineStart = false;
        pendingIndentToken = -1;
    }

    /** Compares this logical line's indentation with the stack, as CPython does with tab size 8. */
    private void indentation() {
        int width = 0;
        if (pendingIndentToken >= 0) {
            width = widthOf(out.text(pendingIndentToken));
        }
        if (width > indents.peek()) {
            indents.push(width);
            out.setKind(pendingIndentToken, TokenKind.INDENT);
            return;
        }
        while (width < indents.peek()) {
            indents.pop();
            emit(TokenKind.DEDENT, "");
        }
    }

    private static int widthOf(String ws) {
        int width = 0;
        for (int i = 0; i < ws.length(); i++) {
            char c = ws.charAt(i);
            if (c == '\t') {
                width = (width / TAB_SIZE + 1) * TAB_SIZE;
            } else if (c == '\f') {
                width = 0;
            } else {
                width++;
            }
        }
        return width;
    }

    private void finish() {
        if (logicalLineStarted) {
            emit(TokenKind.NEWLINE, "");
        } else if (endsWithComment()) {
            // CPython ends a comment-only last line that lacks a line break with an empty NL.
            emit(TokenKind.NL, "");
        }
        while (indents.size() > 1) {
            indents.pop();
            emit(TokenKind.DEDENT, "");
        }
        emit(TokenKind.ENDMARKER, "");
    }

    private boolean endsWithComment() {
        for (int i = out.size() - 1; i >= 0; i--) {
            TokenKind kind = out.kind(i);
            if (kind != TokenKind.WHITESPACE) {
                return kind == TokenKind.COMMENT;
            }
        }
        return false;
    }

    private void emit(TokenKind kind, String raw) {
        out.add(kind, raw, offset, line, column);
        advance(raw);
    }

    /**
     * Moves line and column past {@code raw}. A line break is '\n', '\r\n' or a lone '\r', so no
     * '\r' is left after a token's last line break: the column is what follows that break.
     */
    private void advance(String raw) {
        int length = raw.length();
        offset += length;
        if (length == 1) {
            // Brackets, dots and the line break of nearly every line.
            char c = raw.charAt(0);
            if (c == '\n' || c == '\r') {
                line++;
                column = 0;
            } else {
                column++;
            }
            return;
        }
        int newline = raw.indexOf('\n');
        boolean carriageReturn = raw.indexOf('\r') >= 0;
        if (newline < 0 && !carriageReturn) {
            column += length;
            return;
        }
        if (!carriageReturn) {
            // Line feeds only (docstrings, most files): let indexOf find them.
            int last = newline;
            for (int i = newline; i >= 0; i = raw.indexOf('\n', i + 1)) {
                line++;
                last = i;
            }
            column = length - last - 1;
            return;
        }
        for (int i = 0; i < length; i++) {
            char c = raw.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == length || raw.charAt(i + 1) != '\n'))) {
                line++;
                column = 0;
            } else if (c != '\r') {
                column++;
            }
        }
    }

    /**
     * The grammar may cut one stretch of f-string text into several FSTRING_MIDDLE tokens (a lone
     * quote in a triple-quoted body); CPython reports one. Brackets never sit between them, so
     * merging keeps the bracket pairs valid after re-indexing.
     */
    private static void mergeFStringMiddles(TokenColumns tokens, int[] partner) {
        boolean any = false;
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.kind(i) == TokenKind.FSTRING_MIDDLE && tokens.kind(i - 1) == TokenKind.FSTRING_MIDDLE) {
                any = true;
                break;
            }
        }
        if (!any) {
            return;
        }
        int[] newIndex = new int[tokens.size()];
        int merged = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (merged > 0 && tokens.kind(merged - 1) == TokenKind.FSTRING_MIDDLE && tokens.kind(i) == TokenKind.FSTRING_MIDDLE) {
                tokens.setText(merged - 1, tokens.text(merged - 1) + tokens.text(i));
            } else {
                tokens.move(i, merged);
                merged++;
            }
            newIndex[i] = merged - 1;
        }
        int[] old = partner.clone();
        java.util.Arrays.fill(partner, -1);
        for (int i = 0; i < old.length; i++) {
            if (old[i] >= 0) {
                partner[newIndex[i]] = newIndex[old[i]];
            }
        }
        tokens.truncate(merged);
    }
}
