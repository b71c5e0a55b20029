package dev.greenshift.lex;

/**
 * Receives the raw tokens of a text in order: a {@code PythonLexer} token type and the exact text
 * it covers. Both the ANTLR lexer and {@link RawScanner} feed one, so the layout work in
 * {@link Tokenizer} cannot tell which of them cut the text.
 */
@FunctionalInterface
interface RawSink {
    void token(int type, String text);

    /**
     * The token covering {@code source[start, end)}. {@link RawScanner} reports its tokens this
     * way so that a sink which already knows the text (the {@link Tokenizer}'s shared texts) need
     * not copy it out first.
     */
    default void token(int type, String source, int start, int end) {
        token(type, source.substring(start, end));
    }
}
