package dev.greenshift.lex;

import static dev.greenshift.lex.Lexed.assertExpression;
import static dev.greenshift.lex.Lexed.assertTokens;
import static dev.greenshift.lex.Lexed.kinds;
import static dev.greenshift.lex.Lexed.lex;
import static dev.greenshift.lex.Lexed.tokens;
import static dev.greenshift.lex.TokenKind.COMMENT;
import static dev.greenshift.lex.TokenKind.DEDENT;
import static dev.greenshift.lex.TokenKind.ENDMARKER;
import static dev.greenshift.lex.TokenKind.INDENT;
import static dev.greenshift.lex.TokenKind.NAME;
import static dev.greenshift.lex.TokenKind.NEWLINE;
import static dev.greenshift.lex.TokenKind.NL;
import static dev.greenshift.lex.TokenKind.NUMBER;
import static dev.greenshift.lex.TokenKind.OP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The lexer's promises, one edge of Python's lexical grammar per test; every input round-trips. */
class LexerEdgeCaseTest {

    @Nested
    class Strings {
        @ParameterizedTest
        @ValueSource(strings = {"r", "b", "u", "R", "B", "U", "rb", "br", "Rb", "bR", "RB", "BR", "ur", "UR", "uR"})
        void everyStringPrefixIsPartOfOneStringToken(String prefix) {
            assertExpression(prefix + "'a\\'b'", "STRING " + prefix + "'a\\'b'");
        }

        @ParameterizedTest
        @ValueSource(strings = {"f", "F", "fr", "rf", "Rf", "fR", "FR", "RF"})
        void everyFStringPrefixStartsAnFString(String prefix) {
            assertExpression(prefix + "\"a{b}\"",
                    "FSTRING_START " + prefix + "\"", "FSTRING_MIDDLE a", "OP {", "NAME b", "OP }", "FSTRING_END \"");
        }

        @Test
        void tripleQuotedStringHoldsQuotesEscapesAndLineBreaks() {
            assertTokens("s = '''it's \"x\" \\''' ''\nend'''\n",
                    "NAME s", "OP =", "STRING '''it's \"x\" \\''' ''\\nend'''", "NEWLINE \\n", "ENDMARKER");
        }

        @Test
        void tripleQuotedStringEndsAtTheFirstThreeQuotes() {
            assertExpression("\"\"\"say \"\"hi\"\"\"\"\" x", "STRING \"\"\"say \"\"hi\"\"\"", "STRING \"\"", "NAME x");
        }

        @Test
        void escapedLineBreakContinuesAShortString() {
            assertTokens("x = 'a\\\nb'\n", "NAME x", "OP =", "STRING 'a\\\\nb'", "NEWLINE \\n", "ENDMARKER");
        }

        @Test
        void rawStringMayEndInAnEscapedQuote() {
            assertExpression("r'\\'' + r\"\\\\\"", "STRING r'\\''", "OP +", "STRING r\"\\\\\"");
        }

        @Test
        void unterminatedShortStringEndsAtItsLine() {
            assertTokens("x = 'abc\ny = 1\n",
                    "NAME x", "OP =", "STRING 'abc", "NEWLINE \\n", "NAME y", "OP =", "NUMBER 1", "NEWLINE \\n", "ENDMARKER");
        }

        @Test
        void unterminatedTripleQuotedStringRunsToTheEndOfTheFile() {
            assertTokens("x = '''abc\ny = 1\n", "NAME x", "OP =", "STRING '''abc\\ny = 1\\n", "NEWLINE", "ENDMARKER");
        }
    }

    @Nested
    class FStrings {
        @Test
        void replacementFieldMayReuseTheOuterQuoteAndNestAFormatSpecField() {
            assertExpression("f\"{x[\"k\"]!r:>{w}}\"",
                    "FSTRING_START f\"", "OP {", "NAME x", "OP [", "STRING \"k\"", "OP ]", "OP !", "NAME r",
                    "OP :", "FSTRING_MIDDLE >", "OP {", "NAME w", "OP }", "OP }", "FSTRING_END \"");
        }

        @Test
        void fStringsNestInsideReplacementFields() {
            assertExpression("f\"a{f'b{c}d'}e\"",
                    "FSTRING_START f\"", "FSTRING_MIDDLE a", "OP {",
                    "FSTRING_START f'", "FSTRING_MIDDLE b", "OP {", "NAME c", "OP }", "FSTRING_MIDDLE d", "FSTRING_END '",
                    "OP }", "FSTRING_MIDDLE e", "FSTRING_END \"");
        }

        @Test
        void doubledBracesAreLiteralText() {
            assertExpression("f\"{{a}} {b} }}\"",
                    "FSTRING_START f\"", "FSTRING_MIDDLE {{a}} ", "OP {", "NAME b", "OP }", "FSTRING_MIDDLE  }}",
                    "FSTRING_END \"");
        }

        @Test
        void namedUnicodeEscapeIsTextInAPlainFString() {
            assertExpression("f\"\\N{BULLET} {a}\"",
                    "FSTRING_START f\"", "FSTRING_MIDDLE \\N{BULLET} ", "OP {", "NAME a", "OP }", "FSTRING_END \"");
        }

        @Test
        void namedUnicodeEscapeIsAReplacementFieldInARawFString() {
            assertExpression("rf\"\\N{a}\"",
                    "FSTRING_START rf\"", "FSTRING_MIDDLE \\N", "OP {", "NAME a", "OP }", "FSTRING_END \"");
        }

        @Test
        void escapedBackslashBeforeNLeavesTheBraceAReplacementField() {
            // Found by comparing with CPython 3.12: the lexer used to read \\N{a} as a named escape.
            assertExpression("f\"\\\\N{a}\"",
                    "FSTRING_START f\"", "FSTRING_MIDDLE \\\\N", "OP {", "NAME a", "OP }", "FSTRING_END \"");
        }

        @Test
        void backslashBeforeABraceIsTextAndTheBraceStillOpensAField() {
            assertExpression("f\"\\{a}\"", "FSTRING_START f\"", "FSTRING_MIDDLE \\", "OP {", "NAME a", "OP }", "FSTRING_END \"");
        }

        @Test
        void colonEqualsAtTheTopOfAFieldStartsAFormatSpec() {
            assertExpression("f\"{x:=5}\"", "FSTRING_START f\"", "OP {", "NAME x", "OP :", "FSTRING_MIDDLE =5", "OP }", "FSTRING_END \"");
        }

        @Test
        void colonEqualsInsideParenthesesIsAWalrus() {
            assertExpression("f\"{(x:=5)}\"",
                    "FSTRING_START f\"", "OP {", "OP (", "NAME x", "OP :=", "NUMBER 5", "OP )", "OP }", "FSTRING_END \"");
        }

        @Test
        void formatSpecHoldsSeveralNestedFields() {
            assertExpression("f'{a:{b}.{c}f}'",
                    "FSTRING_START f'", "OP {", "NAME a", "OP :", "OP {", "NAME b", "OP }", "FSTRING_MIDDLE .",
                    "OP {", "NAME c", "OP }", "FSTRING_MIDDLE f", "OP }", "FSTRING_END '");
        }

        @Test
        void backslashInAFormatSpecDoesNotHideANestedField() {
            // Found by comparing with CPython 3.12: '\{b' used to be read as spec text.
            assertExpression("f\"{a:\\{b}}\"",
                    "FSTRING_START f\"", "OP {", "NAME a", "OP :", "FSTRING_MIDDLE \\", "OP {", "NAME b", "OP }", "OP }",
                    "FSTRING_END \"");
        }

        @Test
        void namedEscapeInAFormatSpecIsTextUnlessRaw() {
            // Found by comparing with CPython 3.12: '{DASH}' used to be read as a nested field.
            assertExpression("f\"{a:\\N{DASH}}\"",
                    "FSTRING_START f\"", "OP {", "NAME a", "OP :", "FSTRING_MIDDLE \\N{DASH}", "OP }", "FSTRING_END \"");
            assertExpression("rf\"{a:\\N{b}}\"",
                    "FSTRING_START rf\"", "OP {", "NAME a", "OP :", "FSTRING_MIDDLE \\N", "OP {", "NAME b", "OP }", "OP }",
                    "FSTRING_END \"");
        }

        @Test
        void colonsInsideBracketsOrALambdaBodyDoNotStartAFormatSpec() {
            assertExpression("f\"{a[1:2]}\"",
                    "FSTRING_START f\"", "OP {", "NAME a", "OP [", "NUMBER 1", "OP :", "NUMBER 2", "OP ]", "OP }", "FSTRING_END \"");
        }

        @Test
        void selfDocumentingFieldKeepsItsEqualsSign() {
            assertExpression("f\"{a = !r}\"", "FSTRING_START f\"", "OP {", "NAME a", "OP =", "OP !", "NAME r", "OP }", "FSTRING_END \"");
        }

        @Test
        void tripleQuotedFStringSpansLinesInTextFieldsAndSpecs() {
            assertTokens("x = f\"\"\"\nab{c:\n>{w}}\n\" \"\" {d!s}\n\"\"\"\n",
                    "NAME x", "OP =", "FSTRING_START f\"\"\"", "FSTRING_MIDDLE \\nab", "OP {", "NAME c", "OP :",
                    "FSTRING_MIDDLE \\n>", "OP {", "NAME w", "OP }", "OP }", "FSTRING_MIDDLE \\n\" \"\" ",
                    "OP {", "NAME d", "OP !", "NAME s", "OP }", "FSTRING_MIDDLE \\n", "FSTRING_END \"\"\"",
                    "NEWLINE \\n", "ENDMARKER");
        }

        @Test
        void lineBreaksInsideAFieldOfATripleQuotedFStringAreNotNewlines() {
            List<TokenKind> kinds = kinds("x = f'''{\n  a  # note\n}'''\ny\n");
            assertEquals(2, kinds.stream().filter(k -> k == NEWLINE).count(), kinds.toString());
        }

        @Test
        void unterminatedFStringFallsBackToCodeAtTheLineBreak() {
            assertTokens("x = f\"a{b\ny\n", "NAME x", "OP =", "FSTRING_START f\"", "FSTRING_MIDDLE a", "OP {", "NAME b",
                    "NL \\n", "NAME y", "NL \\n", "NEWLINE", "ENDMARKER");
        }
    }

    @Nested
    class Numbers {
        @ParameterizedTest
        @ValueSource(strings = {"1_000_000", "0x_1F", "0XFF", "0o17", "0O7_7", "0b1_0", "0B11", "1j", "1.5J", "10_0j",
                "1.", ".5", "1.e5", "1_0.0_1e-1_0", "1E+3", "3.14e10j", "0", "00", "0777", "0777L", "0xFFl", "10L"})
        void numberIsOneToken(String number) {
            assertExpression(number, "NUMBER " + number);
        }

        @Test
        void numberFollowedByAKeywordSplitsLikeCPython() {
            assertExpression("1if x else 2", "NUMBER 1", "NAME if", "NAME x", "NAME else", "NUMBER 2");
        }

        @Test
        void attributeOfAFloatLiteral() {
            assertExpression("1..real", "NUMBER 1.", "OP .", "NAME real");
        }
    }

    @Nested
    class Operators {
        @Test
        void ellipsisWalrusArrowAndMatrixAssignAreSingleOperators() {
            assertTokens("def f(a) -> int:\n    x @= y; (n := 10); z = ...\n",
                    "NAME def", "NAME f", "OP (", "NAME a", "OP )", "OP ->", "NAME int", "OP :", "NEWLINE \\n",
                    "INDENT     ", "NAME x", "OP @=", "NAME y", "OP ;", "OP (", "NAME n", "OP :=", "NUMBER 10", "OP )",
                    "OP ;", "NAME z", "OP =", "OP ...", "NEWLINE \\n", "DEDENT", "ENDMARKER");
        }

        @Test
        void everyAugmentedAssignmentIsOneOperator() {
            for (String op : List.of("+=", "-=", "*=", "/=", "//=", "%=", "**=", ">>=", "<<=", "&=", "|=", "^=", "@=")) {
                assertExpression("a " + op + " b", "NAME a", "OP " + op, "NAME b");
            }
        }
    }

    @Nested
    class Names {
        @Test
        void softKeywordsAreNames() {
            assertTokens("match x:\n    case _:\n        type X = int\n",
                    "NAME match", "NAME x", "OP :", "NEWLINE \\n", "INDENT     ", "NAME case", "NAME _", "OP :",
                    "NEWLINE \\n", "INDENT         ", "NAME type", "NAME X", "OP =", "NAME int", "NEWLINE \\n",
                    "DEDENT", "DEDENT", "ENDMARKER");
        }

        @Test
        void asyncAndAwaitAreNames() {
            assertTokens("async def f():\n    await g()\n",
                    "NAME async", "NAME def", "NAME f", "OP (", "OP )", "OP :", "NEWLINE \\n", "INDENT     ",
                    "NAME await", "NAME g", "OP (", "OP )", "NEWLINE \\n", "DEDENT", "ENDMARKER");
        }

        @Test
        void unicodeIdentifiers() {
            assertExpression("é + π2 + 名前 + x·y", "NAME é", "OP +", "NAME π2", "OP +", "NAME 名前", "OP +", "NAME x·y");
        }

        @Test
        void identifierOutsideTheBasicPlaneCountsTwoColumns() {
            // Columns count UTF-16 chars (Token's contract); CPython counts code points here.
            List<Token> ts = lex("\uD835\uDC9C = 1\n").tokens();
            assertEquals("NAME \uD835\uDC9C", Lexed.describe(ts.get(0)));
            assertEquals(3, ts.get(2).column());
        }
    }

    @Nested
    class Layout {
        @Test
        void backslashContinuationJoinsLinesWithoutANewline() {
            assertTokens("x = 1 + \\\n    2\n", "NAME x", "OP =", "NUMBER 1", "OP +", "CONTINUATION \\\\n", "NUMBER 2",
                    "NEWLINE \\n", "ENDMARKER");
        }

        @Test
        void continuationLineDoesNotIndent() {
            assertEquals(List.of(NAME, NAME, NAME, TokenKind.CONTINUATION, NAME, OP, NEWLINE, INDENT, NAME, NEWLINE, DEDENT, ENDMARKER),
                    kinds("if a and \\\n        b:\n    pass\n"));
        }

        @Test
        void noNewlineInsideBrackets() {
            assertTokens("x = (1,\n  # c\n\n  2)\n", "NAME x", "OP =", "OP (", "NUMBER 1", "OP ,", "NL \\n", "COMMENT # c",
                    "NL \\n", "NL \\n", "NUMBER 2", "OP )", "NEWLINE \\n", "ENDMARKER");
        }

        @Test
        void commentOnlyAndBlankLinesGiveNlAndNoIndent() {
            assertEquals(List.of(NAME, NEWLINE, COMMENT, NL, NL, NL, COMMENT, NL, NAME, NEWLINE, ENDMARKER),
                    kinds("x\n    # indented comment\n\n   \n\t# tab comment\ny\n"));
        }

        @Test
        void commentAtOddIndentationInsideABlockDoesNotDedent() {
            assertEquals(List.of(NAME, NAME, OP, NEWLINE, INDENT, NAME, NEWLINE, COMMENT, NL, NAME, NEWLINE, DEDENT, ENDMARKER),
                    kinds("if x:\n    a\n# left\n    b\n"));
        }

        @Test
        void dedentToSeveralLevelsAtOnce() {
            assertEquals(List.of(NAME, NAME, OP, NEWLINE, INDENT, NAME, NAME, OP, NEWLINE, INDENT, NAME, NEWLINE,
                            DEDENT, DEDENT, NAME, NEWLINE, ENDMARKER),
                    kinds("if a:\n  if b:\n    c\nd\n"));
        }

        @Test
        void indentTokenCarriesTheIndentationWhitespace() {
            List<Token> ts = lex("if a:\n \t b\n").tokens();
            Token indent = ts.stream().filter(t -> t.kind() == INDENT).findFirst().orElseThrow();
            assertEquals(" \t ", indent.text());
            assertEquals(2, indent.line());
            assertEquals(0, indent.column());
        }

        @Test
        void tabsCountToTheNextMultipleOfEight() {
            // Eight spaces and one tab are the same indentation, so no INDENT or DEDENT between them.
            assertEquals(List.of(NAME, NAME, OP, NEWLINE, INDENT, NAME, NEWLINE, NAME, NEWLINE, DEDENT, ENDMARKER),
                    kinds("if a:\n        b\n\tc\n"));
        }

        @Test
        void formFeedResetsTheIndentationColumn() {
            assertEquals(List.of(NAME, NEWLINE, NL, NAME, NEWLINE, ENDMARKER), kinds("x\n\f\n    \fy\n"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"\n", "\r\n", "\r"})
        void everyLineEndingEndsALogicalLine(String eol) {
            String src = "if x:" + eol + "    y = 1" + eol + eol + "z" + eol;
            assertEquals(List.of(NAME, NAME, OP, NEWLINE, INDENT, NAME, OP, NUMBER, NEWLINE, NL, DEDENT, NAME, NEWLINE, ENDMARKER),
                    kinds(src));
            List<Token> ts = lex(src).tokens();
            assertEquals(4, ts.get(ts.size() - 3).line(), "z is on line 4");
        }

        @Test
        void crlfContinuationIsOneToken() {
            assertTokens("x = 1 \\\r\n  + 2\r\n", "NAME x", "OP =", "NUMBER 1", "CONTINUATION \\\\r\\n", "OP +", "NUMBER 2",
                    "NEWLINE \\r\\n", "ENDMARKER");
        }

        @Test
        void byteOrderMarkIsItsOwnToken() {
            assertTokens("\uFEFFx = 1\n", "BOM \uFEFF", "NAME x", "OP =", "NUMBER 1", "NEWLINE \\n", "ENDMARKER");
        }

        @Test
        void lastLineWithoutLineBreakGetsAnEmptyNewlineAndItsDedents() {
            assertTokens("if x:\n    y", "NAME if", "NAME x", "OP :", "NEWLINE \\n", "INDENT     ", "NAME y", "NEWLINE",
                    "DEDENT", "ENDMARKER");
        }

        @Test
        void commentOnTheLastLineWithoutLineBreakGetsAnEmptyNl() {
            // As CPython's tokenize does; found by the agreement test.
            assertTokens("x\n# c", "NAME x", "NEWLINE \\n", "COMMENT # c", "NL", "ENDMARKER");
        }

        @Test
        void emptyFileIsJustTheEndMarker() {
            assertTokens("", "ENDMARKER");
        }

        @Test
        void firstLineIndentedIsAnIndent() {
            assertEquals(List.of(INDENT, NAME, NEWLINE, DEDENT, ENDMARKER), kinds("  x\n"));
        }
    }

    @Nested
    class Python2 {
        @Test
        void printStatementBackticksAndNotEqual() {
            assertTokens("print \"a\" % `x`, 0777L\nif a <> b: exec \"c\" in d\n",
                    "NAME print", "STRING \"a\"", "OP %", "OP `", "NAME x", "OP `", "OP ,", "NUMBER 0777L", "NEWLINE \\n",
                    "NAME if", "NAME a", "OP <>", "NAME b", "OP :", "NAME exec", "STRING \"c\"", "NAME in", "NAME d",
                    "NEWLINE \\n", "ENDMARKER");
        }

        @Test
        void unicodeRawPrefix() {
            assertExpression("ur'\\d' + UR\"x\"", "STRING ur'\\d'", "OP +", "STRING UR\"x\"");
        }
    }

    @Nested
    class Garbage {
        @Test
        void unknownCharactersBecomeErrorTokens() {
            assertTokens("x = $y ? 1\n", "NAME x", "OP =", "ERROR $", "NAME y", "ERROR ?", "NUMBER 1", "NEWLINE \\n", "ENDMARKER");
        }

        @Test
        void backslashAtTheEndOfTheFileIsAnErrorToken() {
            assertTokens("x = 1 \\", "NAME x", "OP =", "NUMBER 1", "ERROR \\", "NEWLINE", "ENDMARKER");
        }

        @Test
        void unclosedBracketsAtTheEndOfTheFileStillEndTheLine() {
            assertTokens("a = ((\n", "NAME a", "OP =", "OP (", "OP (", "NL \\n", "NEWLINE", "ENDMARKER");
        }

        @Test
        void strayClosingBracketsAreOperators() {
            assertTokens("x = })]\n", "NAME x", "OP =", "OP }", "OP )", "OP ]", "NEWLINE \\n", "ENDMARKER");
        }

        @Test
        void loneSurrogatesAndControlCharactersRoundTrip() {
            String src = "x = \uD800 + \u0000 + \u0007\n\uDC00";
            List<String> ts = tokens(src);
            assertTrue(ts.contains("ERROR \uD800"), ts.toString());
            assertFalse(ts.isEmpty());
        }
    }

    @Test
    void bracketPartnersPairOpeningAndClosingBrackets() {
        TokenStream s = lex("f(a[1], {2: (3)})\n");
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i).opensBracket()) {
                int p = s.partner(i);
                assertTrue(p > i && s.get(p).closesBracket(), "bracket at " + i);
                assertEquals(i, s.partner(p));
            }
        }
    }
}
