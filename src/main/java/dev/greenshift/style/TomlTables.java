package dev.greenshift.style;

import java.util.HashMap;
import java.util.Map;

/**
 * The few pyproject.toml values style needs ({@code [tool.black] line-length = 100}, ruff's
 * {@code select = ["E", "I"]}, isort's {@code profile = "google"}): tables and their scalar or
 * array values, read line by line. Not a TOML parser: values it does not understand are kept as
 * raw text, and nothing else reads this file through it.
 */
record TomlTables(Map<String, Map<String, String>> tables) {

    static TomlTables parse(String text) {
        Map<String, Map<String, String>> tables = new HashMap<>();
        Map<String, String> current = tables.computeIfAbsent("", k -> new HashMap<>());
        String pendingKey = null;
        StringBuilder pending = new StringBuilder();
        for (String raw : text.split("\\R")) {
            String line = stripComment(raw).strip();
            if (pendingKey != null) {
                pending.append(' ').append(line);
                if (line.contains("]")) {
                    current.put(pendingKey, unquote(pending.toString()));
                    pendingKey = null;
                }
                continue;
            }
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]") && !line.contains("=")) {
                String name = line.replaceAll("^\\[+|]+$", "").strip();
                current = tables.computeIfAbsent(name, k -> new HashMap<>());
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String key = line.substring(0, eq).strip().replace("\"", "").replace('_', '-');
            String value = line.substring(eq + 1).strip();
            if (value.startsWith("[") && !value.contains("]")) {
                pendingKey = key;
                pending.setLength(0);
                pending.append(value);
                continue;
            }
            current.put(key, unquote(value));
        }
        return new TomlTables(tables);
    }

    boolean has(String table) {
        return tables.containsKey(table);
    }

    String get(String table, String key) {
        Map<String, String> t = tables.get(table);
        return t == null ? null : t.get(key.replace('_', '-'));
    }

    private static String unquote(String value) {
        return value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))
                ? value.substring(1, value.length() - 1) : value;
    }

    private static String stripComment(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' || c == '\'') {
                quoted = !quoted;
            } else if (c == '#' && !quoted) {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
