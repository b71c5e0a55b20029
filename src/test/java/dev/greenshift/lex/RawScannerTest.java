package dev.greenshift.lex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.greenshift.grammar.PythonLexer;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@link RawScanner} cuts, written as source and raw tokens ("TYPE text", line breaks and
 * tabs escaped, nothing left out). Every case is also checked against the ANTLR lexer, so each
 * one documents the grammar's answer, not only the scanner's.
 */
class RawScannerTest {

    private static void assertRaw(String source, String... expected) {
        List<String> fast = describe(LexerOracle.fastRaw(source));
        assertEquals(describe(LexerOracle.antlrRaw(source)), fast, "the ANTLR lexer disagrees on " + source);
        assertEquals(List.of(expected), fast, source);
    }

    private static List<String> describe(List<LexerOracle.Raw> raw) {
        return raw.stream()
                .map(r -> PythonLexer.VOCABULARY.getSymbolicName(r.type()) + " "
                        + r.text().replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t").replace("\f", "\\f"))
                .toList();
    }

    @Nested
    class UnterminatedStrings {
        @Test
        void shortStringStopsBeforeItsLineBreak() {
            assertRaw("'abc\nx", "STRING 'abc", "NEWLINE_RAW \\n", "NAME x");
        }

        @Test
        void shortStringStopsBeforeALoneCarriageReturn() {
            assertRaw("\"abc\rx", "STRING \"abc", "NEWLINE_RAW \\r", "NAME x");
        }

        @Test
        void escapedCrLfContinuesAShortString() {
            assertRaw("'a\\\r\nb'", "STRING 'a\\\\r\\nb'");
        }

        @Test
        void backslashAtTheEndOfTheFileIsNotPartOfTheString() {
            assertRaw("'abc\\", "STRING 'abc", "ERROR_CHAR \\");
        }

        @Test
        void longStringRunsToTheEndOfTheFile() {
            assertRaw("'''a\n'b'\n", "STRING '''a\\n'b'\\n");
        }

        @Test
        void longStringStopsBeforeQuotesThatEndTheFile() {
            assertRaw("'''abc''", "STRING '''abc", "STRING ''");
        }

        @Test
        void longStringStopsBeforeAQuoteAndBackslashThatEndTheFile() {
            assertRaw("\"\"\"abc\"\\", "STRING \"\"\"abc", "STRING \"", "ERROR_CHAR \\");
        }

        @Test
        void fourQuotesCloseALongStringAndOpenAShortOne() {
            assertRaw("'''a''''", "STRING '''a'''", "STRING '");
        }
    }

    @Nested
    class StringPrefixes {
        @ParameterizedTest
        @ValueSource(strings = {"r", "u", "b", "R", "U", "B", "rb", "Rb", "bR", "BR", "br", "RB", "ur", "Ur", "uR", "UR"})
        void prefixJoinsItsString(String prefix) {
            assertRaw(prefix + "'x'", "STRING " + prefix + "'x'");
        }

        @ParameterizedTest
        @ValueSource(strings = {"ub", "bu", "ru", "rr", "fb", "bf", "abr", "rbx"})
        void anythingElseIsANameBeforeAString(String name) {
            assertRaw(name + "\"x\"", "NAME " + name, "STRING \"x\"");
        }

        @Test
        void prefixBeforeATripleQuoteOpensALongString() {
            assertRaw("rb'''\\''''", "STRING rb'''\\''''");
            assertRaw("rb'''\\'''", "STRING rb'''\\'", "STRING ''");
        }
    }

    @Nested
    class Numbers {
        @ParameterizedTest
        @ValueSource(strings = {"1_000", "0x_ff", "0XfF", "0o_7", "0b_1", "1e-5", "1E+5", "1.j", ".5", "5L", "5l", "0xffL",
                "1.e5", "1_0.5_0e1_0J", "007", "0b1j"})
        void oneNumber(String number) {
            assertRaw(number, "NUMBER " + number);
        }

        @Test
        void underscoreMustSitBetweenDigits() {
            assertRaw("1__0", "NUMBER 1", "NAME __0");
            assertRaw("1_", "NUMBER 1", "NAME _");
        }

        @Test
        void prefixWithoutDigitsIsAZeroAndAName() {
            assertRaw("0x", "NUMBER 0", "NAME x");
            assertRaw("0b2", "NUMBER 0", "NAME b2");
        }

        @Test
        void exponentWithoutDigitsIsAName() {
            assertRaw("1e", "NUMBER 1", "NAME e");
            assertRaw("1e+x", "NUMBER 1", "NAME e", "OP +", "NAME x");
        }

        @Test
        void onlyOneSuffixLetter() {
            assertRaw("1jj", "NUMBER 1j", "NAME j");
        }

        @Test
        void secondDotStartsANewNumber() {
            assertRaw("1..5", "NUMBER 1.", "NUMBER .5");
            assertRaw("0b1.5", "NUMBER 0b1", "NUMBER .5");
        }
    }

    @Nested
    class Operators {
        @Test
        void ellipsisArrowWalrusAndPython2Operators() {
            assertRaw("...->:=<>`", "OP ...", "OP ->", "WALRUS :=", "OP <>", "OP `");
        }

        @Test
        void longestOperatorWins() {
            assertRaw("**=//=>>=<<=**", "OP **=", "OP //=", "OP >>=", "OP <<=", "OP **");
            assertRaw("..", "OP .", "OP .");
            assertRaw("<<>", "OP <<", "OP >");
        }

        @Test
        void bracketsHaveTheirOwnTypes() {
            assertRaw("([{}]):", "OPEN (", "OPEN [", "OPEN {", "BRACE_CLOSE }", "CLOSE ]", "CLOSE )", "COLON :");
        }

        @Test
        void unknownCharactersAreErrors() {
            assertRaw("$?\\x", "ERROR_CHAR $", "ERROR_CHAR ?", "ERROR_CHAR \\", "NAME x");
        }
    }

    @Nested
    class LayoutCharacters {
        @Test
        void continuationTakesACrLfWhole() {
            assertRaw("a \\\r\nb", "NAME a", "WS  ", "CONTINUATION \\\\r\\n", "NAME b");
        }

        @Test
        void tabsAndFormFeedsAreWhitespace() {
            assertRaw("\t\f x", "WS \\t\\f ", "NAME x");
        }

        @Test
        void loneCarriageReturnIsALineBreak() {
            assertRaw("a\rb\r\n", "NAME a", "NEWLINE_RAW \\r", "NAME b", "NEWLINE_RAW \\r\\n");
        }

        @Test
        void byteOrderMarkIsItsOwnTokenAnywhere() {
            assertRaw("\uFEFFx\uFEFF", "BOM \uFEFF", "NAME x", "BOM \uFEFF");
        }

        @Test
        void commentStopsBeforeTheLineBreak() {
            assertRaw("# a\r\n", "COMMENT # a", "NEWLINE_RAW \\r\\n");
        }

        @Test
        void fileMayEndWithoutALineBreak() {
            assertRaw("x = 1", "NAME x", "WS  ", "OP =", "WS  ", "NUMBER 1");
        }
    }

    @Nested
    class Names {
        @Test
        void nonAsciiIdentifiers() {
            assertRaw("café·x = 𝐱1", "NAME café·x", "WS  ", "OP =", "WS  ", "NAME 𝐱1");
        }

        @Test
        void characterBeyondTheBmpThatIsNoLetterIsOneError() {
            assertRaw("😀x", "ERROR_CHAR 😀", "NAME x");
        }

        @Test
        void nonBreakingSpaceIsAnError() {
            assertRaw("a\u00A0b", "NAME a", "ERROR_CHAR \u00A0", "NAME b");
        }
    }

    @Nested
    class FStrings {
        @Test
        void fStringIsLexedByTheGrammarThenTheScannerTakesOver() {
            assertRaw("f'{x:>{w}}' + 1", "FSTRING_START f'", "LBRACE {", "NAME x", "COLON :", "FSTRING_MIDDLE >",
                    "LBRACE {", "NAME w", "BRACE_CLOSE }", "RBRACE }", "FSTRING_END '", "WS  ", "OP +", "WS  ", "NUMBER 1");
        }

        @Test
        void unterminatedFStringGivesBackAtTheLineBreak() {
            assertRaw("rf'{a\nb", "FSTRING_START rf'", "LBRACE {", "NAME a", "NEWLINE_RAW \\n", "NAME b");
        }
    }
}
