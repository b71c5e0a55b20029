package dev.greenshift.names;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which texts write a {@code .} followed by a given word, answered from one reading of the texts:
 * for each ASCII word ({@code [A-Za-z0-9_]+}) that follows a {@code .}, the texts where it does. A
 * text holds {@code .attr} ({@code attr} of those characters) exactly when some word after one of its
 * dots starts with {@code attr}: the word runs on over every character {@code attr} has, so it is
 * the same question {@link String#contains} answers, without reading every text again for it.
 */
final class DotWords {
    /** Each word after a dot, to the indices of the texts that write it so, ascending. */
    private final TreeMap<String, int[]> words;

    private DotWords(TreeMap<String, int[]> words) {
        this.words = words;
    }

    /** True for the questions this answers: {@code .} and then one or more word characters. */
    static boolean asks(String text) {
        if (text.length() < 2 || text.charAt(0) != '.') {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            if (!isWordChar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static DotWords of(List<String> texts) {
        // One text at a time: the words of every text held at once would be tens of MB.
        Map<String, List<Integer>> where = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            for (String w : wordsAfterDots(texts.get(i))) {
                where.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            }
        }
        TreeMap<String, int[]> words = new TreeMap<>();
        where.forEach((w, at) -> words.put(w, at.stream().mapToInt(Integer::intValue).toArray()));
        return new DotWords(words);
    }

    /** The indices of the texts that hold {@code "." + prefix}, ascending ({@code prefix}: word characters only). */
    BitSet holding(String prefix) {
        BitSet out = new BitSet();
        // Every word starting with the prefix sorts at or after it and before prefix + U+FFFF (words are ASCII).
        for (int[] at : words.subMap(prefix, true, prefix + Character.MAX_VALUE, false).values()) {
            for (int i : at) {
                out.set(i);
            }
        }
        return out;
    }

    private static Set<String> wordsAfterDots(String text) {
        Set<String> out = new HashSet<>();
        int n = text.length();
        for (int i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
            int end = i + 1;
            while (end < n && isWordChar(text.charAt(end))) {
                end++;
            }
            if (end > i + 1) {
                out.add(text.substring(i + 1, end));
            }
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
}
