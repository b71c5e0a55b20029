package dev.greenshift.source;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One pattern in gitignore syntax, the syntax of {@code .gitignore}, {@code --include} and
 * {@code --exclude}: {@code *}, {@code ?} and {@code [a-z]} never cross a {@code /}; {@code **} does,
 * as a whole leading {@code **}{@code /}, trailing {@code /**} or inner {@code /**}{@code /} segment; a
 * leading {@code !} negates; a trailing {@code /} matches directories only; a {@code /} at the start or
 * in the middle anchors the pattern to its base directory, otherwise it matches at any depth; a
 * backslash escapes the next character.
 *
 * @param text          the pattern as written, for messages
 * @param negated       a {@code !} pattern: a match takes the path back
 * @param directoryOnly a pattern ending in {@code /}
 * @param regex         the whole pattern as a regular expression over the relative path
 * @param plain         the same test without a regular expression, for the shapes most ignore lines have
 *                      (null: only the regex can say)
 * @param lead          what every matching path starts with: an anchored pattern's text before its first
 *                      wildcard ({@code build/} of {@code build/*}); empty for one that matches at any depth
 */
public record Glob(String text, boolean negated, boolean directoryOnly, Pattern regex, Plain plain, String lead) {

    /**
     * A pattern with no wildcard, or only one leading or trailing {@code *} on a pattern that matches at
     * any depth ({@code .tox}, {@code *.pyc}, {@code venv*}, {@code nova/vcsversion.py}): a string
     * comparison says what the regex would, without a matcher per path. Discovery asks every ignore
     * pattern about every file, and the regexes were most of its time.
     */
    public record Plain(Shape shape, String literal) {

        public enum Shape {
            /** Anchored, no wildcard: the whole relative path. */
            PATH,
            /** Unanchored, no wildcard: the path's last segment ({@code (?:.*}{@code /)?literal}). */
            NAME,
            /** Unanchored {@code *literal}: the path ends with it ({@code [^/]*} takes the rest of the last segment). */
            NAME_SUFFIX,
            /** Unanchored {@code literal*}: the last segment starts with it. */
            NAME_PREFIX
        }

        /** The regex's answer, or null for a path its {@code .} reads differently (a line terminator in a name). */
        Boolean matches(String path) {
            if (shape != Shape.PATH && hasLineTerminator(path)) {
                return null;
            }
            return switch (shape) {
                case PATH -> path.equals(literal);
                case NAME -> path.endsWith(literal) && (path.length() == literal.length() || path.charAt(path.length() - literal.length() - 1) == '/');
                case NAME_SUFFIX -> path.endsWith(literal);
                case NAME_PREFIX -> path.startsWith(literal, path.lastIndexOf('/') + 1);
            };
        }

        /** The plain form of a pattern (leading '/' and trailing '/' already taken off), or null. */
        static Plain of(String p, boolean anchored) {
            if (anchored) {
                return literal(p) ? new Plain(Shape.PATH, p) : null;
            }
            if (literal(p)) {
                return new Plain(Shape.NAME, p);
            }
            if (p.length() > 1 && p.charAt(0) == '*' && literal(p.substring(1))) {
                return new Plain(Shape.NAME_SUFFIX, p.substring(1));
            }
            if (p.length() > 1 && p.charAt(p.length() - 1) == '*' && literal(p.substring(0, p.length() - 1))) {
                return new Plain(Shape.NAME_PREFIX, p.substring(0, p.length() - 1));
            }
            return null;
        }

        /** In the regex, {@code (?:.*}{@code /)?} cannot cross these, as {@code [^/]*} and a string comparison can. */
        private static boolean hasLineTerminator(String path) {
            for (int i = 0; i < path.length(); i++) {
                char c = path.charAt(i);
                if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                    return true;
                }
            }
            return false;
        }

        /** No character the translation treats specially. */
        private static boolean literal(String p) {
            return !p.isEmpty() && literalEnd(p) == p.length();
        }
    }

    /** The pattern of one line of an ignore file; empty for blank lines and comments. */
    public static Optional<Glob> parse(String line) {
        String p = trimTrailingSpaces(line);
        if (p.isEmpty() || p.startsWith("#")) {
            return Optional.empty();
        }
        boolean negated = false;
        if (p.startsWith("!")) {
            negated = true;
            p = p.substring(1);
        }
        boolean directoryOnly = false;
        if (p.endsWith("/") && !p.endsWith("\\/")) {
            directoryOnly = true;
            p = p.substring(0, p.length() - 1);
        }
        if (p.isEmpty()) {
            return Optional.empty();
        }
        boolean anchored = p.indexOf('/') >= 0;
        if (p.startsWith("/")) {
            p = p.substring(1);
        }
        String regex = (anchored ? "" : "(?:.*/)?") + translate(p);
        return Optional.of(new Glob(line.strip(), negated, directoryOnly, Pattern.compile(regex), Plain.of(p, anchored),
                anchored ? p.substring(0, literalEnd(p)) : ""));
    }

    /** Whether the pattern matches this path, written relative to the pattern's base with {@code /}. */
    public boolean matches(String relativePath, boolean isDirectory) {
        if (!isDirectory && directoryOnly) {
            return false;
        }
        Boolean quick = plain == null ? null : plain.matches(relativePath);
        if (quick != null) {
            return quick;
        }
        // Most paths differ from an anchored pattern in its first characters; a regex matcher per path and
        // pattern was most of what discovery spent in Java.
        return relativePath.startsWith(lead) && regex.matcher(relativePath).matches();
    }

    /** Where the literal text at the start of a pattern ends: at its first character the translation treats specially. */
    private static int literalEnd(String p) {
        int i = 0;
        while (i < p.length() && "*?[\\".indexOf(p.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    private static String translate(String p) {
        StringBuilder r = new StringBuilder();
        int i = 0;
        int n = p.length();
        while (i < n) {
            char c = p.charAt(i);
            if (c == '*' && i + 1 < n && p.charAt(i + 1) == '*' && (i == 0 || p.charAt(i - 1) == '/')
                    && (i + 2 == n || p.charAt(i + 2) == '/')) {
                // A whole "**" segment: any number of directories (with its slash), or anything at the end.
                if (i + 2 == n) {
                    r.append(".*");
                    i += 2;
                } else {
                    r.append("(?:.*/)?");
                    i += 3;
                }
                continue;
            }
            switch (c) {
                case '*' -> {
                    while (i + 1 < n && p.charAt(i + 1) == '*') {
                        i++;
                    }
                    r.append("[^/]*");
                }
                case '?' -> r.append("[^/]");
                case '[' -> {
                    int end = classEnd(p, i);
                    if (end < 0) {
                        r.append("\\[");
                    } else {
                        r.append(charClass(p.substring(i + 1, end)));
                        i = end;
                    }
                }
                case '\\' -> {
                    if (i + 1 < n) {
                        i++;
                        r.append(Pattern.quote(String.valueOf(p.charAt(i))));
                    }
                }
                default -> r.append(Pattern.quote(String.valueOf(c)));
            }
            i++;
        }
        return r.toString();
    }

    /** Index of the ']' closing the class opened at {@code open}, or -1 when it is a literal '['. */
    private static int classEnd(String p, int open) {
        int i = open + 1;
        if (i < p.length() && (p.charAt(i) == '!' || p.charAt(i) == '^')) {
            i++;
        }
        if (i < p.length() && p.charAt(i) == ']') {
            i++;
        }
        for (; i < p.length(); i++) {
            if (p.charAt(i) == '\\') {
                i++;
            } else if (p.charAt(i) == ']') {
                return i;
            } else if (p.charAt(i) == '/') {
                return -1;
            }
        }
        return -1;
    }

    private static String charClass(String body) {
        StringBuilder r = new StringBuilder("[");
        int i = 0;
        if (!body.isEmpty() && (body.charAt(0) == '!' || body.charAt(0) == '^')) {
            r.append('^');
            i = 1;
        }
        int first = i;
        for (; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                c = body.charAt(++i);
            } else if (c == '-' && i > first && i + 1 < body.length()) {
                r.append('-');
                continue;
            }
            r.append(Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c);
        }
        // A class never matches the separator, as in git.
        return "(?!/)" + r.append(']');
    }

    private static String trimTrailingSpaces(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\r')) {
            if (end >= 2 && line.charAt(end - 2) == '\\') {
                break;
            }
            end--;
        }
        return line.substring(0, end);
    }
}
