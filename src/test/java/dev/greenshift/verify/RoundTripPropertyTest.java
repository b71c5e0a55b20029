package dev.greenshift.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.greenshift.lex.Fixtures;
import dev.greenshift.lex.Tokenizer;
import dev.greenshift.syntax.Module;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The lossless promise under abuse: text made by cutting, splicing and corrupting our fixtures
 * always comes back unchanged from the token stream and from the statement tree, and nothing
 * throws. Seeds are fixed, so a failure names a case that can be replayed.
 */
class RoundTripPropertyTest {
    /** Raise with -Dgreenshift.propertyCases=100000 for a longer hunt; the default keeps the build fast. */
    private static final int CASES = Integer.getInteger("greenshift.propertyCases", 3000);

    /** Fragments that stress the lexer's modes and the tokenizer's bracket and indent stacks. */
    private static final List<String> NOISE = List.of(
            "(", ")", "[", "]", "{", "}", "'", "\"", "'''", "\"\"\"", "\\", "\\\n", "\r", "\r\n", "\n", "\t", " ",
            "\f", "#", ":", ":=", "f\"", "rf'", "f'''{", "{{", "}}", "!r", "\\N{", "@", "$", "?", "`", "\u0000",
            "\uFEFF", "\uD83D\uDE00", "\uD800", "\uDC00", "é", "名", "0x", "1e", "1_", ".", "...", "    ", "\n    ",
            "\n\t", "if x:", "else:", "match x:\n case 1:", "class A:", "def f():", "async ", "lambda:", ";");

    private final List<String> fixtures = Fixtures.all().stream().map(Fixtures::text).toList();

    @Test
    void mutatedPythonAlwaysRoundTripsThroughTokensAndTree() {
        for (int seed = 0; seed < CASES; seed++) {
            String text = mutate(new Random(seed));
            try {
                assertEquals(text, Tokenizer.tokenize(text).render(), "tokens, seed " + seed);
                assertEquals(text, Module.parse(text).renderFromTree(), "tree, seed " + seed);
            } catch (RuntimeException | StackOverflowError e) {
                fail("seed " + seed + " threw on " + quote(text), e);
            }
        }
    }

    @Test
    void randomCharacterSoupAlwaysRoundTrips() {
        for (int seed = 0; seed < CASES / 3; seed++) {
            Random random = new Random(1_000_000L + seed);
            StringBuilder soup = new StringBuilder();
            int length = random.nextInt(200);
            for (int i = 0; i < length; i++) {
                soup.append(random.nextInt(4) == 0 ? NOISE.get(random.nextInt(NOISE.size())) : (char) (32 + random.nextInt(95)));
            }
            String text = soup.toString();
            try {
                assertEquals(text, Tokenizer.tokenize(text).render(), "tokens, seed " + seed);
                assertEquals(text, Module.parse(text).renderFromTree(), "tree, seed " + seed);
            } catch (RuntimeException | StackOverflowError e) {
                fail("soup seed " + seed + " threw on " + quote(text), e);
            }
        }
    }

    private String mutate(Random random) {
        StringBuilder text = new StringBuilder(pieceOf(random));
        int edits = 1 + random.nextInt(6);
        for (int e = 0; e < edits; e++) {
            int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
            switch (random.nextInt(4)) {
                case 0 -> text.insert(at, NOISE.get(random.nextInt(NOISE.size())));
                case 1 -> text.insert(at, pieceOf(random));
                case 2 -> text.delete(at, Math.min(text.length(), at + random.nextInt(20)));
                default -> text.insert(at, (char) random.nextInt(0x3000));
            }
        }
        return text.toString();
    }

    /** A random slice of a random fixture, possibly the whole file. */
    private String pieceOf(Random random) {
        String fixture = fixtures.get(random.nextInt(fixtures.size()));
        if (random.nextInt(5) == 0) {
            return fixture;
        }
        int from = random.nextInt(fixture.length());
        int to = from + random.nextInt(Math.min(400, fixture.length() - from) + 1);
        return fixture.substring(from, to);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\"", "\\\"") + "\"";
    }
}
