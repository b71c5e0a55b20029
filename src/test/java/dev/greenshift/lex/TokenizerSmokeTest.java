package dev.greenshift.lex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerSmokeTest {

    private static List<TokenKind> codeAndLayout(String src) {
        return Tokenizer.tokenize(src).tokens().stream()
                .map(Token::kind)
                .filter(k -> k != TokenKind.WHITESPACE)
                .toList();
    }

    @Test
    void indentedBlockProducesIndentAndDedentLikeCPython() {
        assertEquals(List.of(TokenKind.NAME, TokenKind.NAME, TokenKind.OP, TokenKind.NEWLINE,
                        TokenKind.INDENT, TokenKind.NAME, TokenKind.NEWLINE, TokenKind.DEDENT, TokenKind.ENDMARKER),
                codeAndLayout("if x:\n    pass\n"));
    }

    @Test
    void concatenatedTokensGiveBackTheText() {
        String src = "\uFEFFx = f\"{a[\"k\"]!r:>{w}}\" \\\r\n  + 1  # c\r\n\tdef";
        assertEquals(src, Tokenizer.tokenize(src).render());
    }
}
