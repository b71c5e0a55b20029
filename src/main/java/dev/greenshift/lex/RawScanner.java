package dev.greenshift.lex;

import static dev.greenshift.grammar.PythonLexer.BOM;
import static dev.greenshift.grammar.PythonLexer.BRACE_CLOSE;
import static dev.greenshift.grammar.PythonLexer.CLOSE;
import static dev.greenshift.grammar.PythonLexer.COLON;
import static dev.greenshift.grammar.PythonLexer.COMMENT;
import static dev.greenshift.grammar.PythonLexer.CONTINUATION;
import static dev.greenshift.grammar.PythonLexer.ERROR_CHAR;
import static dev.greenshift.grammar.PythonLexer.NAME;
import static dev.greenshift.grammar.PythonLexer.NEWLINE_RAW;
import static dev.greenshift.grammar.PythonLexer.NUMBER;
import static dev.greenshift.grammar.PythonLexer.OPEN;
import static dev.greenshift.grammar.PythonLexer.OP;
import static dev.greenshift.grammar.PythonLexer.STRING;
import static dev.greenshift.grammar.PythonLexer.WALRUS;
import static dev.greenshift.grammar.PythonLexer.WS;

/**
 * A hand-written twin of the DEFAULT mode of grammar/PythonLexer.g4: the same raw tokens, type
 * for type and character for character, at a fraction of the ANTLR lexer's cost. Each method
 * below mirrors one rule and names it; where the grammar's longest match needs thought, the
 * comment says why the greedy scan finds the same end.
 *
 * <p>F-strings are not scanned here: their replacement fields nest modes (PEP 701), which is
 * what the ANTLR lexer's stack is for. At an f-string prefix the scanner hands the text to
 * {@link AntlrRawLexer} and resumes where that lexer is back in plain code with nothing open.
 *
 * <p>Outside f-strings the grammar's actions (openBracket, closeBrace, colon) change nothing and
 * WALRUS's predicate always holds: they only act on an open replacement field.
 */
final class RawScanner {
    private final String text;
    private final int length;
    private final RawSink sink;
    private AntlrRawLexer fstrings;

    private RawScanner(String text, RawSink sink) {
        this.text = text;
        this.length = text.length();
        this.sink = sink;
    }

    static void scan(String text, RawSink sink) {
        new RawScanner(text, sink).run();
    }

    private void run() {
        int pos = 0;
        while (pos < length) {
            pos = next(pos);
        }
    }

    /** Emits the token at {@code pos} and returns where it ends. */
    private int next(int pos) {
        char c = text.charAt(pos);
        switch (c) {
            case '\n':
                return emit(NEWLINE_RAW, pos, pos + 1);
            case '\r':
                return emit(NEWLINE_RAW, pos, at(pos + 1) == '\n' ? pos + 2 : pos + 1);
            case ' ', '\t', '\f':
                return emit(WS, pos, whitespaceEnd(pos));
            case '#':
                return emit(COMMENT, pos, lineEnd(pos));
            case '\\':
                return continuation(pos);
            case '\'', '"':
                return emit(STRING, pos, stringEnd(pos));
            case '(', '[', '{':
                return emit(OPEN, pos, pos + 1);
            case ')', ']':
                return emit(CLOSE, pos, pos + 1);
            case '}':
                return emit(BRACE_CLOSE, pos, pos + 1);
            case ':':
                return at(pos + 1) == '=' ? emit(WALRUS, pos, pos + 2) : emit(COLON, pos, pos + 1);
            case '\uFEFF':
                return emit(BOM, pos, pos + 1);
            case '.':
                if (isDigit(at(pos + 1))) {
                    return emit(NUMBER, pos, Numbers.end(text, pos));
                }
                return emit(OP, pos, at(pos + 1) == '.' && at(pos + 2) == '.' ? pos + 3 : pos + 1);
            default:
                break;
        }
        if (isDigit(c)) {
            return emit(NUMBER, pos, Numbers.end(text, pos));
        }
        int op = Operators.end(text, pos);
        if (op > pos) {
            return emit(OP, pos, op);
        }
        int codePoint = text.codePointAt(pos);
        if (IdentifierChars.isStart(codePoint)) {
            return name(pos);
        }
        return emit(ERROR_CHAR, pos, pos + Character.charCount(codePoint));
    }

    private int emit(int type, int start, int end) {
        sink.token(type, text, start, end);
        return end;
    }

    /** The char at {@code i}, or 0 past the end (0 matches no rule's character but ERROR_CHAR). */
    private char at(int i) {
        return i < length ? text.charAt(i) : 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private int whitespaceEnd(int pos) {
        int end = pos + 1;
        while (end < length) {
            char c = text.charAt(end);
            if (c != ' ' && c != '\t' && c != '\f') {
                break;
            }
            end++;
        }
        return end;
    }

    private int lineEnd(int pos) {
        int end = pos;
        while (end < length) {
            char c = text.charAt(end);
            if (c == '\n' || c == '\r') {
                break;
            }
            end++;
        }
        return end;
    }

    /** CONTINUATION is a backslash and a line break; a backslash before anything else is ERROR_CHAR. */
    private int continuation(int pos) {
        char next = at(pos + 1);
        if (next == '\r') {
            return emit(CONTINUATION, pos, at(pos + 2) == '\n' ? pos + 3 : pos + 2);
        }
        if (next == '\n') {
            return emit(CONTINUATION, pos, pos + 2);
        }
        return emit(ERROR_CHAR, pos, pos + 1);
    }

    /**
     * NAME, unless the name is a whole string prefix directly followed by a quote: then the
     * STRING (or FSTRING_START) match is longer, since a quote can never continue a NAME.
     */
    private int name(int pos) {
        int end = pos + Character.charCount(text.codePointAt(pos));
        while (end < length) {
            char c = text.charAt(end);
            if (c < 128) {
                if (!IdentifierChars.isContinue(c)) {
                    break;
                }
                end++;
            } else {
                int codePoint = text.codePointAt(end);
                if (!IdentifierChars.isContinue(codePoint)) {
                    break;
                }
                end += Character.charCount(codePoint);
            }
        }
        char after = at(end);
        if (end - pos <= 2 && (after == '\'' || after == '"')) {
            if (isStringPrefix(pos, end)) {
                return emit(STRING, pos, stringEnd(end));
            }
            if (isFStringPrefix(pos, end)) {
                if (fstrings == null) {
                    fstrings = new AntlrRawLexer(text);
                }
                return fstrings.lexFString(pos, sink);
            }
        }
        return emit(NAME, pos, end);
    }

    /** STRING_PREFIX: [rRuUbB] | [bB][rR] | [rR][bB] | [uU][rR]. */
    private boolean isStringPrefix(int start, int end) {
        char a = lower(text.charAt(start));
        if (end - start == 1) {
            return a == 'r' || a == 'u' || a == 'b';
        }
        char b = lower(text.charAt(start + 1));
        return a == 'b' && b == 'r' || a == 'r' && b == 'b' || a == 'u' && b == 'r';
    }

    /** FSTRING_PREFIX: [fF] | [fF][rR] | [rR][fF]. */
    private boolean isFStringPrefix(int start, int end) {
        char a = lower(text.charAt(start));
        if (end - start == 1) {
            return a == 'f';
        }
        char b = lower(text.charAt(start + 1));
        return a == 'f' && b == 'r' || a == 'r' && b == 'f';
    }

    /** ASCII lower case only: the prefixes are ASCII, and no other letter may pass for one. */
    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /**
     * The end of the string whose opening quote is at {@code quote}. Three quotes always open a
     * long string: even an empty one ('''), it is longer than the two-quote short string ''.
     */
    private int stringEnd(int quote) {
        char q = text.charAt(quote);
        if (at(quote + 1) == q && at(quote + 2) == q) {
            return longStringEnd(quote + 3, q);
        }
        return shortStringEnd(quote + 1, q);
    }

    /**
     * SHORT_SQ / SHORT_DQ: ( ~[\\'\r\n] | ESC )* '\''? — an unterminated one stops before its line
     * break. ESC is a backslash and any one character, or \r\n as one: the longer choice, since
     * a bare \n may not follow in a short string. A backslash at the end of the file escapes
     * nothing, so the string ends before it.
     */
    private int shortStringEnd(int pos, char q) {
        while (pos < length) {
            char c = text.charAt(pos);
            if (c == q) {
                return pos + 1;
            }
            if (c == '\n' || c == '\r') {
                return pos;
            }
            if (c == '\\') {
                if (pos + 1 == length) {
                    return pos;
                }
                pos += text.charAt(pos + 1) == '\r' && at(pos + 2) == '\n' ? 3 : 2;
            } else {
                pos++;
            }
        }
        return pos;
    }

    /**
     * LONG_SQ / LONG_DQ: ( ~[\\'] | ESC | '\'' X | '\'\'' X )* '\'\'\''? with X = ~[\\'] | ESC.
     * One or two quotes stay in the body only when a non-quote element follows them; three end
     * the string. Where neither fits (quotes or a backslash just before the end of the file), the
     * match ends before them, unterminated.
     */
    private int longStringEnd(int pos, char q) {
        while (pos < length) {
            char c = text.charAt(pos);
            if (c == '\\') {
                if (pos + 1 == length) {
                    return pos;
                }
                pos += 2;
            } else if (c == q) {
                int quotes = 1;
                while (quotes < 3 && at(pos + quotes) == q) {
                    quotes++;
                }
                if (quotes == 3) {
                    return pos + 3;
                }
                int element = pos + quotes;
                if (element == length || text.charAt(element) == '\\' && element + 1 == length) {
                    return pos;
                }
                pos = element + (text.charAt(element) == '\\' ? 2 : 1);
            } else {
                pos++;
            }
        }
        return pos;
    }
}
