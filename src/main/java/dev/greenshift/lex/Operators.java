package dev.greenshift.lex;

/**
 * The OP rule's longest match, apart from '.' and '...', which {@link RawScanner} decides
 * against a number (.5). The three-character operators are the two-character ones plus '='.
 */
final class Operators {
    private Operators() {
    }

    /** The end of the operator at {@code pos}, or {@code pos} when no operator starts there. */
    static int end(String text, int pos) {
        char c = text.charAt(pos);
        char next = pos + 1 < text.length() ? text.charAt(pos + 1) : 0;
        switch (c) {
            case '*', '/', '<', '>':
                // '**', '//', '<<', '>>' and each with '=' after it; '<=', '>=', '<>'.
                if (next == c) {
                    return pos + 2 < text.length() && text.charAt(pos + 2) == '=' ? pos + 3 : pos + 2;
                }
                return next == '=' || c == '<' && next == '>' ? pos + 2 : pos + 1;
            case '-':
                return next == '=' || next == '>' ? pos + 2 : pos + 1;
            case '+', '%', '&', '|', '^', '@', '=', '!':
                return next == '=' ? pos + 2 : pos + 1;
            case '~', ',', ';', '`':
                return pos + 1;
            default:
                return pos;
        }
    }
}
