package dev.greenshift.lex;

/** What a STRING token says, for the few places that read string content (patch targets). */
public final class StringLiterals {
    private StringLiterals() {
    }

    /** The content of a plain string literal (no f or b prefix, no escapes), or null. */
    public static String plainContent(String literal) {
        int i = 0;
        while (i < literal.length() && Character.isLetter(literal.charAt(i))) {
            char c = Character.toLowerCase(literal.charAt(i));
            if (c != 'u' && c != 'r') {
                return null;
            }
            i++;
        }
        String rest = literal.substring(i);
        for (String q : new String[] {"\"\"\"", "'''", "\"", "'"}) {
            if (rest.length() >= 2 * q.length() && rest.startsWith(q) && rest.endsWith(q)) {
                String body = rest.substring(q.length(), rest.length() - q.length());
                return body.indexOf('\\') >= 0 ? null : body;
            }
        }
        return null;
    }
}
