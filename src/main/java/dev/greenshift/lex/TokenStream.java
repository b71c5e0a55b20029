package dev.greenshift.lex;

import java.util.List;

/**
 * The tokens of one file, in order, covering every character exactly once. {@link #partner}
 * pairs each bracket with its match (or -1 when unbalanced), computed once so that later stages
 * can jump over a bracket group in constant time.
 */
public final class TokenStream {
    private final String text;
    private final List<Token> tokens;
    private final int[] partner;

    TokenStream(String text, List<Token> tokens, int[] partner) {
        this.text = text;
        this.tokens = List.copyOf(tokens);
        this.partner = partner;
    }

    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public Token get(int index) {
        return tokens.get(index);
    }

    public int size() {
        return tokens.size();
    }

    /** Index of the bracket matching the one at {@code index}, or -1. */
    public int partner(int index) {
        return partner[index];
    }

    /** The concatenated token texts: equal to the source text by construction, and tested so. */
    public String render() {
        StringBuilder out = new StringBuilder(text.length());
        for (Token token : tokens) {
            out.append(token.text());
        }
        return out.toString();
    }

    /** Source text from the start of token {@code from} to the end of token {@code to}, inclusive. */
    public String textOf(int from, int to) {
        return text.substring(tokens.get(from).offset(), tokens.get(to).end());
    }

    /** Next code token at or after {@code index}, or the index of ENDMARKER. */
    public int nextCode(int index) {
        int i = index;
        while (i < tokens.size() - 1 && !tokens.get(i).kind().isCode()) {
            i++;
        }
        return i;
    }

    /** Previous code token at or before {@code index}, or -1. */
    public int previousCode(int index) {
        int i = index;
        while (i >= 0 && !tokens.get(i).kind().isCode()) {
            i--;
        }
        return i;
    }
}
