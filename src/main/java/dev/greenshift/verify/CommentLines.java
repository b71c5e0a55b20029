package dev.greenshift.verify;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Tells a rewrite that only added whole comment lines (the notes greenshift writes above a call
 * it leaves for a person) from one python3 must compile. Python's tokenizer skips a line holding only
 * a comment wherever a line may end, inside brackets and inside a triple-quoted string alike, and
 * indentation ignores it; such a file compiles exactly when its original does. Nine in ten changed
 * files of a large tree are of this kind, and compiling them was most of the compile check.
 *
 * <p>Where a comment line can change what compiles, the file is compiled as before: in the first two
 * lines (a coding declaration), after a line ending in a backslash (the comment would end the joined
 * line), in a file with a triple-quoted f- or t-string (before Python 3.12 a comment may not stand in
 * its replacement fields), with other than printable ASCII in the comment, or in a text whose lines
 * end with a lone carriage return.
 */
public final class CommentLines {
    private CommentLines() {
    }

    /**
     * True when {@code after} is {@code before} with whole comment lines inserted, none of them where
     * a comment can change what compiles, for a file in {@code charset}.
     */
    public static boolean onlyAdded(String before, String after, Charset charset) {
        if (before.equals(after) || !asciiCompatible(charset) || hasTripleQuotedFormat(after)) {
            return false;
        }
        int b = 0;
        int a = 0;
        int line = 0;
        boolean previousContinues = false;
        while (a < after.length()) {
            int aEnd = lineEnd(after, a);
            int bEnd = b < before.length() ? lineEnd(before, b) : -1;
            if (bEnd >= 0 && bEnd - b == aEnd - a && after.regionMatches(a, before, b, aEnd - a)) {
                b = bEnd;
            } else if (line < 2 || previousContinues || !isPlainComment(after, a, aEnd)) {
                return false;
            }
            previousContinues = endsWithBackslash(after, a, aEnd);
            a = aEnd;
            line++;
        }
        return b == before.length();
    }

    /** The end of the line starting at {@code start}, its line break included. */
    private static int lineEnd(String text, int start) {
        int nl = text.indexOf('\n', start);
        return nl < 0 ? text.length() : nl + 1;
    }

    /** A whole line of blanks, then '#', then printable ASCII, ending in a line break ("\n" or "\r\n"). */
    private static boolean isPlainComment(String text, int start, int end) {
        if (end == start || text.charAt(end - 1) != '\n') {
            return false;
        }
        int bodyEnd = end - 1 > start && text.charAt(end - 2) == '\r' ? end - 2 : end - 1;
        int i = start;
        while (i < bodyEnd && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i == bodyEnd || text.charAt(i) != '#') {
            return false;
        }
        for (; i < bodyEnd; i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWithBackslash(String text, int start, int end) {
        int i = end;
        while (i > start && (text.charAt(i - 1) == '\n' || text.charAt(i - 1) == '\r')) {
            i--;
        }
        return i > start && text.charAt(i - 1) == '\\';
    }

    /** Any triple quote right after a string prefix with f or t in it: f""", Rf''', t""" and the like. */
    private static boolean hasTripleQuotedFormat(String text) {
        for (String quotes : new String[] {"\"\"\"", "'''"}) {
            for (int i = text.indexOf(quotes); i >= 0; i = text.indexOf(quotes, i + 3)) {
                int start = i;
                while (start > 0 && i - start < 2 && "rRfFtTbBuU".indexOf(text.charAt(start - 1)) >= 0) {
                    start--;
                }
                String prefix = text.substring(start, i).toLowerCase(java.util.Locale.ROOT);
                boolean standsAlone = start == 0 || !Character.isJavaIdentifierPart(text.charAt(start - 1));
                if (standsAlone && (prefix.contains("f") || prefix.contains("t"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean asciiCompatible(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.ISO_8859_1)
                || charset.equals(StandardCharsets.US_ASCII);
    }
}
