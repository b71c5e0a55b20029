package dev.greenshift.lex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

/**
 * Test vocabulary for token streams: a token is written "KIND text" (text with \n, \r, \t
 * escaped), whitespace tokens are left out, and every lexed input is first checked to round-trip.
 */
final class Lexed {
    private Lexed() {
    }

    static TokenStream lex(String source) {
        TokenStream stream = Tokenizer.tokenize(source);
        assertEquals(source, stream.render(), "token texts must concatenate to the source");
        return stream;
    }

    /** Every token but WHITESPACE, as "KIND text". */
    static List<String> tokens(String source) {
        return lex(source).tokens().stream()
                .filter(t -> t.kind() != TokenKind.WHITESPACE)
                .map(Lexed::describe)
                .toList();
    }

    /** Kinds only, WHITESPACE left out. */
    static List<TokenKind> kinds(String source) {
        return lex(source).tokens().stream()
                .map(Token::kind)
                .filter(k -> k != TokenKind.WHITESPACE)
                .toList();
    }

    static String describe(Token t) {
        String text = t.text().replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
        return text.isEmpty() ? t.kind().name() : t.kind() + " " + text;
    }

    static void assertTokens(String source, String... expected) {
        assertEquals(List.of(expected), tokens(source));
    }

    /** The tokens of one expression statement {@code source}, without its NEWLINE and ENDMARKER. */
    static void assertExpression(String source, String... expected) {
        List<String> all = tokens(source);
        assertEquals(List.of(expected), all.subList(0, all.size() - 2), source);
    }
}
