package dev.greenshift.shim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a boundary function is named in its neutral interface. The rule: a leading {@code async_},
 * {@code green_} or {@code eventlet_}, or a trailing {@code _async} or {@code _green}, says how the
 * function works, not what it does, and goes ({@code async_fetch_data} is {@code fetch_data});
 * other names stay. {@code --rename OLD=NEW} overrides the rule for one name.
 */
public final class NeutralNames {
    private static final List<String> PREFIXES = List.of("async_", "green_", "eventlet_");
    private static final List<String> SUFFIXES = List.of("_async", "_green");
    private static final java.util.regex.Pattern IDENTIFIER = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await", "break",
            "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
            "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");

    private NeutralNames() {
    }

    /** The neutral name of {@code original} by the rule. */
    public static String byRule(String original) {
        for (String prefix : PREFIXES) {
            if (original.startsWith(prefix) && isIdentifier(original.substring(prefix.length()))) {
                return original.substring(prefix.length());
            }
        }
        for (String suffix : SUFFIXES) {
            if (original.endsWith(suffix) && isIdentifier(original.substring(0, original.length() - suffix.length()))) {
                return original.substring(0, original.length() - suffix.length());
            }
        }
        return original;
    }

    /** {@code OLD=NEW} pairs, checked: both identifiers, each OLD once. */
    public static Map<String, String> renames(List<String> pairs) throws ShimException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : pairs == null ? List.<String>of() : pairs) {
            int eq = pair.indexOf('=');
            String old = eq < 0 ? "" : pair.substring(0, eq).strip();
            String now = eq < 0 ? "" : pair.substring(eq + 1).strip();
            if (!isIdentifier(old) || !isIdentifier(now)) {
                throw new ShimException("--rename '" + pair + "' is not OLD=NEW with two Python names");
            }
            if (out.put(old, now) != null) {
                throw new ShimException("--rename names " + old + " twice");
            }
        }
        return out;
    }

    /**
     * The neutral name of each original, in order: the rule, or the rename. Refused: a rename of a
     * name that is not on the boundary, and two originals that would get the same name.
     */
    public static Map<String, String> assign(List<String> originals, Map<String, String> renames) throws ShimException {
        List<String> unknown = new ArrayList<>(renames.keySet());
        unknown.removeAll(originals);
        if (!unknown.isEmpty()) {
            throw new ShimException("--rename " + String.join(", ", unknown) + ": not a boundary function of the module (shim plan lists them)");
        }
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, String> taken = new HashMap<>();
        for (String original : originals) {
            String name = renames.getOrDefault(original, byRule(original));
            String before = taken.put(name, original);
            if (before != null) {
                throw new ShimException("name collision in the output module: " + before + " and " + original + " would both be "
                        + name + " (rename one: --rename " + original + "=NEW)");
            }
            out.put(original, name);
        }
        return out;
    }

    static boolean isIdentifier(String name) {
        return IDENTIFIER.matcher(name).matches() && !KEYWORDS.contains(name);
    }
}
