package dev.greenshift.lex;

import dev.greenshift.grammar.PythonLexer;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * The generated PythonLexer over one text: the reference for every raw token, the whole path
 * when {@code greenshift.lexer=antlr}, and {@link RawScanner}'s help with f-strings, whose nested
 * replacement fields need the lexer's stack of modes.
 */
final class AntlrRawLexer {
    private final String text;
    private final PythonLexer lexer;
    /** Whether char offsets and ANTLR's code point indexes differ (a character beyond the BMP). */
    private final boolean supplementary;

    AntlrRawLexer(String text) {
        this.text = text;
        this.lexer = new PythonLexer(CharStreams.fromString(text));
        this.lexer.removeErrorListeners();
        this.supplementary = text.codePoints().count() != text.length();
    }

    /** Every raw token of {@code text}, as the grammar alone cuts it. */
    static void lexAll(String text, RawSink sink) {
        PythonLexer lexer = new PythonLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        for (Token raw = lexer.nextToken(); raw.getType() != Token.EOF; raw = lexer.nextToken()) {
            sink.token(raw.getType(), raw.getText());
        }
    }

    /**
     * Lexes from {@code start}, a token boundary in ordinary code where an f-string begins, until
     * the lexer is back in ordinary code with no f-string or field open, and returns that offset.
     * From there on the lexer holds no state, so {@link RawScanner} may take over again.
     */
    int lexFString(int start, RawSink sink) {
        lexer.getInputStream().seek(supplementary ? text.codePointCount(0, start) : start);
        int offset = start;
        while (true) {
            Token raw = lexer.nextToken();
            if (raw.getType() == Token.EOF) {
                return offset;
            }
            String piece = raw.getText();
            sink.token(raw.getType(), piece);
            offset += piece.length();
            if (lexer.atTopLevel()) {
                return offset;
            }
        }
    }
}
