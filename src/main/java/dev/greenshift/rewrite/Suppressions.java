package dev.greenshift.rewrite;

import dev.greenshift.lex.Token;
import dev.greenshift.lex.TokenKind;
import dev.greenshift.lex.TokenStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code # greenshift: ignore} and {@code # greenshift: ignore[recipe-a, recipe-b]} comments: the
 * lines they stand on are left alone, by every recipe or by the named ones.
 */
public final class Suppressions {
    private static final Pattern IGNORE = Pattern.compile("#.*?\\bgreenshift:\\s*ignore(?:\\[([^\\]]*)\\])?");
    private static final Set<String> ALL = Set.of();

    private final Map<Integer, Set<String>> byLine;

    private Suppressions(Map<Integer, Set<String>> byLine) {
        this.byLine = byLine;
    }

    public static Suppressions of(TokenStream tokens) {
        Map<Integer, Set<String>> byLine = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.kind(i) != TokenKind.COMMENT || !tokens.text(i).contains("greenshift")) {
                continue;
            }
            Token t = tokens.get(i);
            Matcher m = IGNORE.matcher(t.text());
            if (!m.find()) {
                continue;
            }
            if (m.group(1) == null) {
                byLine.put(t.line(), ALL);
                continue;
            }
            Set<String> ids = byLine.computeIfAbsent(t.line(), k -> new HashSet<>());
            if (ids != ALL) {
                for (String id : m.group(1).split(",")) {
                    if (!id.isBlank()) {
                        ids.add(id.trim());
                    }
                }
            }
        }
        return new Suppressions(byLine);
    }

    /** True when recipe {@code id} must leave code on any of these lines alone. */
    public boolean suppresses(String id, int... lines) {
        for (int line : lines) {
            Set<String> ids = byLine.get(line);
            if (ids != null && (ids == ALL || ids.contains(id))) {
                return true;
            }
        }
        return false;
    }
}
