package dev.greenshift.lex;

/**
 * Receives the raw tokens of a text in order: a {@code PythonLexer} token type and the exact text
 * it covers. Both the ANTLR lexer and {@link RawScanner} feed one, so the layout work in
 * {@link Tokenizer} cannot tell which of them cut the text.
 */
@FunctionalInterface
interface RawSink {
    void token(int type, String text);
}
