package dev.greenshift.report;

/**
 * Makes text from the code base (snippets, file names, messages quoting either) safe to print on
 * a terminal: a comment or a file name holding ESC could otherwise move the cursor, clear the
 * screen or rewrite earlier lines. Every text reporter goes through {@link #escape}.
 */
public final class Printable {
    private Printable() {
    }

    /**
     * Control characters (C0, DEL, C1) and the bidirectional overrides that reorder what a reader
     * sees are shown as escapes ({@code \x1b}, {@code \n}, {@code \u202e}); everything else is kept.
     */
    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        int i = 0;
        while (i < text.length() && !needsEscape(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!needsEscape(c)) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c < 0x100) {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    /** As {@link #escape}, but keeps line breaks and tabs, for multi-line text such as a diff. */
    public static String escapeKeepingLines(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\t' || c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                out.append(escape(text.substring(start, i))).append(c);
                start = i + 1;
            }
        }
        return out.append(escape(text.substring(start))).toString();
    }

    static boolean needsEscape(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    }

    /**
     * A Markdown code span holding {@code text} literally, safe in a table cell: control characters
     * escaped, {@code |} escaped (GitHub splits table cells on it even inside code), and a fence
     * longer than any run of backticks in the text, so that nothing (raw HTML included) escapes it.
     */
    public static String markdownCode(String text) {
        String body = escape(text).replace("|", "\\|");
        int longest = 0;
        for (int i = 0, run = 0; i < body.length(); i++) {
            run = body.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String pad = body.startsWith("`") || body.endsWith("`") ? " " : "";
        return fence + pad + body + pad + fence;
    }

    /** Text for Markdown outside code: control characters, raw HTML, pipes, backticks and backslashes made literal. */
    public static String markdownText(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : escape(text).toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\\', '|', '`' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
