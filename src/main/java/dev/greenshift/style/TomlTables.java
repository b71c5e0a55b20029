package dev.greenshift.style;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The few pyproject.toml values style needs ({@code [tool.black] line-length = 100}, ruff's
 * {@code select = ["E", "I"]}, isort's {@code profile = "google"}), read with the same TOML parser
 * as the project configuration: each table by its dotted name, each value as text (an array as
 * {@code ["E", "I"]}), keys with {@code _} spelled {@code -}. A file that is not valid TOML has no
 * tables: the style falls back to its defaults, and the configuration reader reports the error.
 */
record TomlTables(Map<String, Map<String, String>> tables) {

    static TomlTables parse(String text) {
        Map<String, Map<String, String>> tables = new HashMap<>();
        try {
            collect("", new TomlMapper().readTree(text), tables);
        } catch (JsonProcessingException e) {
            return new TomlTables(Map.of());
        }
        return new TomlTables(tables);
    }

    private static void collect(String name, JsonNode table, Map<String, Map<String, String>> tables) {
        Map<String, String> values = tables.computeIfAbsent(name, k -> new HashMap<>());
        for (Iterator<Map.Entry<String, JsonNode>> it = table.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey().replace('_', '-');
            JsonNode value = field.getValue();
            if (value.isObject()) {
                collect(name.isEmpty() ? field.getKey() : name + "." + field.getKey(), value, tables);
            } else {
                values.put(key, value.isArray() ? value.toString() : value.asText());
            }
        }
    }

    boolean has(String table) {
        return tables.containsKey(table);
    }

    String get(String table, String key) {
        Map<String, String> t = tables.get(table);
        return t == null ? null : t.get(key.replace('_', '-'));
    }
}
