package dev.greenshift.lex;

/**
 * The NUMBER rule: ( HEX | OCT | BIN | FLOAT | DIGITS ) [jJlL]? with the grammar's longest match.
 * Each alternative is scanned greedily (every loop in it is deterministic, so greedy is longest),
 * the longest wins, then one suffix letter if it follows. The grammar is looser than Python
 * (leading zeros, 'L', 'j' after hex) because a lossless lexer only needs to agree on where a
 * number ends.
 */
final class Numbers {
    private Numbers() {
    }

    /** The end of the NUMBER starting at {@code pos}: a digit, or '.' followed by a digit. */
    static int end(String text, int pos) {
        int end = Math.max(radixEnd(text, pos), floatEnd(text, pos));
        char suffix = at(text, end);
        return suffix == 'j' || suffix == 'J' || suffix == 'l' || suffix == 'L' ? end + 1 : end;
    }

    /** HEX, OCT, BIN: '0' [xX] ( '_'? [0-9a-fA-F] )+ and friends, or pos when none matches. */
    private static int radixEnd(String text, int pos) {
        if (text.charAt(pos) != '0') {
            return pos;
        }
        int radix = switch (at(text, pos + 1)) {
            case 'x', 'X' -> 16;
            case 'o', 'O' -> 8;
            case 'b', 'B' -> 2;
            default -> 0;
        };
        if (radix == 0) {
            return pos;
        }
        int end = groupsEnd(text, pos + 2, radix);
        return end > pos + 2 ? end : pos;
    }

    /**
     * FLOAT and DIGITS: ( DIGITS '.' DIGITS? | '.' DIGITS ) EXPONENT? | DIGITS EXPONENT | DIGITS.
     * Greedy DIGITS stops only before a character that no DIGITS continues with, so a '.' or an
     * exponent can only follow the longest DIGITS.
     */
    private static int floatEnd(String text, int pos) {
        int end = text.charAt(pos) == '.' ? pos : groupsEnd(text, pos, 10);
        if (at(text, end) != '.') {
            return exponentEnd(text, end);
        }
        end++;
        if (isDigit(at(text, end), 10)) {
            end = groupsEnd(text, end, 10);
        }
        return exponentEnd(text, end);
    }

    /** EXPONENT: [eE] [+-]? DIGITS, or pos when none follows. */
    private static int exponentEnd(String text, int pos) {
        char e = at(text, pos);
        if (e != 'e' && e != 'E') {
            return pos;
        }
        int digits = pos + 1;
        char sign = at(text, digits);
        if (sign == '+' || sign == '-') {
            digits++;
        }
        if (!isDigit(at(text, digits), 10)) {
            return pos;
        }
        return groupsEnd(text, digits, 10);
    }

    /**
     * ( '_'? digit )* from pos: one underscore may stand before each digit, never at the end. The
     * decimal callers start on a digit, as DIGITS must; HEX, OCT and BIN may start on '_' (0x_ff).
     */
    private static int groupsEnd(String text, int pos, int radix) {
        int end = pos;
        while (true) {
            char c = at(text, end);
            if (isDigit(c, radix)) {
                end++;
            } else if (c == '_' && isDigit(at(text, end + 1), radix)) {
                end += 2;
            } else {
                return end;
            }
        }
    }

    private static boolean isDigit(char c, int radix) {
        return switch (radix) {
            case 2 -> c == '0' || c == '1';
            case 8 -> c >= '0' && c <= '7';
            case 10 -> c >= '0' && c <= '9';
            default -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
        };
    }

    private static char at(String text, int i) {
        return i < text.length() ? text.charAt(i) : 0;
    }
}
