package dev.greenshift.source;

/** Which line ending a text uses, so that inserted lines match the lines around them. */
public final class LineEndings {
    private LineEndings() {
    }

    public static String dominant(String text) {
        if (text.indexOf('\r') < 0) {
            // Nearly every file: one quick search instead of a count.
            return "\n";
        }
        int lf = 0;
        int crlf = 0;
        int cr = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    crlf++;
                    i++;
                } else {
                    cr++;
                }
            } else if (c == '\n') {
                lf++;
            }
        }
        if (crlf > lf && crlf >= cr) {
            return "\r\n";
        }
        if (cr > lf && cr > crlf) {
            return "\r";
        }
        return "\n";
    }

    /** The line ending that ends the line containing {@code offset}, or the dominant one. */
    public static String at(String text, int offset) {
        for (int i = offset; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return "\n";
            }
            if (c == '\r') {
                return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? "\r\n" : "\r";
            }
        }
        return dominant(text);
    }
}
