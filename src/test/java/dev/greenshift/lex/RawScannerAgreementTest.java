package dev.greenshift.lex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link RawScanner} against the ANTLR lexer on random texts drawn from the characters where the
 * grammar's rules meet: quotes, backslashes, prefix letters, digits and their separators,
 * operator characters, every kind of line break, and characters beyond ASCII and the BMP. The
 * corpora (see {@link LexerOracle}) cover real code; this covers the garbage real code lacks.
 */
class RawScannerAgreementTest {
    private static final String[] PIECES = {
        "'", "\"", "'''", "\"\"\"", "\\", "\r", "\n", "\r\n", " ", "\t", "\f", "#", "\uFEFF",
        "r", "b", "u", "f", "R", "B", "U", "F", "x", "o", "e", "E", "j", "J", "l", "L", "_", "a", "N",
        "0", "1", "7", "9", ".", "+", "-", "*", "/", "<", ">", "=", "!", ":", "~", "`", "@", "%", "&", "|", "^",
        ",", ";", "(", ")", "[", "]", "{", "}", "$", "?", "\u0000", "é", "·", "\u00A0", "𝐱", "😀", "\uD800", "ℝ", "٣",
    };

    @Test
    void randomTextsLexAlike() {
        Random random = new Random(20261207);
        for (int i = 0; i < 30_000; i++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(24);
            for (int p = 0; p < pieces; p++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String source = text.toString();
            Optional<String> difference = LexerOracle.difference(source);
            assertEquals(Optional.empty(), difference, () -> "on " + escape(source));
        }
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(c >= 32 && c < 127 ? Character.toString(c) : String.format("\\u{%x}", c)));
        return out.toString();
    }
}
