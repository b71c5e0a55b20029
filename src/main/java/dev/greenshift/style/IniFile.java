package dev.greenshift.style;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The sections and keys of an INI file as Python's configparser reads setup.cfg and tox.ini:
 * {@code key = value} or {@code key: value}, indented lines continue a value, '#' and ';' start
 * comments, keys compare with '-' and '_' alike and in any case.
 */
record IniFile(Map<String, Map<String, String>> sections) {

    static IniFile parse(String text) {
        Map<String, Map<String, String>> sections = new HashMap<>();
        Map<String, String> current = null;
        String lastKey = null;
        for (String raw : text.split("\\R")) {
            String line = raw.stripTrailing();
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith(";")) {
                continue;
            }
            if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
                current = sections.computeIfAbsent(trimmed.substring(1, trimmed.length() - 1).strip(), k -> new HashMap<>());
                lastKey = null;
                continue;
            }
            if (current == null) {
                continue;
            }
            if (Character.isWhitespace(line.charAt(0)) && lastKey != null) {
                current.merge(lastKey, trimmed, (a, b) -> a.isEmpty() ? b : a + "\n" + b);
                continue;
            }
            int eq = indexOfSeparator(trimmed);
            if (eq < 0) {
                continue;
            }
            lastKey = normalise(trimmed.substring(0, eq));
            current.put(lastKey, stripComment(trimmed.substring(eq + 1)).strip());
        }
        return new IniFile(sections);
    }

    boolean has(String section) {
        return sections.containsKey(section);
    }

    String get(String section, String key) {
        Map<String, String> s = sections.get(section);
        return s == null ? null : s.get(normalise(key));
    }

    private static int indexOfSeparator(String line) {
        int eq = line.indexOf('=');
        int colon = line.indexOf(':');
        return eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon);
    }

    private static String stripComment(String value) {
        int hash = value.indexOf(" #");
        return hash < 0 ? value : value.substring(0, hash);
    }

    private static String normalise(String key) {
        return key.strip().toLowerCase(Locale.ROOT).replace('-', '_');
    }
}
