package dev.greenshift.names;

import java.util.BitSet;
import java.util.List;
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
        WordTable where = new WordTable();
        for (int i = 0; i < texts.size(); i++) {
            where.addWordsAfterDots(texts.get(i), i);
        }
        return new DotWords(where.sorted());
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

    /**
     * Each word after a dot, to the texts that write it so. Open addressing on the word's characters,
     * read in place: a project's texts have millions of dots and a few hundred thousand distinct words
     * after them, and a substring per dot to look them up was most of building the index.
     */
    private static final class WordTable {
        private String[] words = new String[1 << 14];
        private int[] hashes = new int[1 << 14];
        private int[][] texts = new int[1 << 14][];
        private int[] counts = new int[1 << 14];
        private int size;

        void addWordsAfterDots(String text, int index) {
            char[] chars = text.toCharArray();
            int n = chars.length;
            for (int i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
                int start = i + 1;
                int end = start;
                int hash = 0;
                while (end < n && isWordChar(chars[end])) {
                    hash = 31 * hash + chars[end];
                    end++;
                }
                if (end > start) {
                    add(chars, start, end, hash, index);
                }
            }
        }

        private void add(char[] chars, int start, int end, int hash, int index) {
            int mask = words.length - 1;
            int slot = mix(hash) & mask;
            while (words[slot] != null && !(hashes[slot] == hash && same(words[slot], chars, start, end))) {
                slot = (slot + 1) & mask;
            }
            if (words[slot] == null) {
                words[slot] = new String(chars, start, end - start);
                hashes[slot] = hash;
                texts[slot] = new int[2];
                size++;
            }
            int[] at = texts[slot];
            int count = counts[slot];
            if (count > 0 && at[count - 1] == index) {
                return; // this text wrote the word already
            }
            if (count == at.length) {
                at = java.util.Arrays.copyOf(at, count * 2);
                texts[slot] = at;
            }
            at[count] = index;
            counts[slot] = count + 1;
            if (size * 2 > words.length) {
                grow();
            }
        }

        private static boolean same(String word, char[] chars, int start, int end) {
            if (word.length() != end - start) {
                return false;
            }
            for (int k = 0; k < word.length(); k++) {
                if (word.charAt(k) != chars[start + k]) {
                    return false;
                }
            }
            return true;
        }

        private static int mix(int hash) {
            return hash ^ (hash >>> 16);
        }

        private void grow() {
            String[] oldWords = words;
            int[] oldHashes = hashes;
            int[][] oldTexts = texts;
            int[] oldCounts = counts;
            int capacity = oldWords.length * 2;
            words = new String[capacity];
            hashes = new int[capacity];
            texts = new int[capacity][];
            counts = new int[capacity];
            for (int k = 0; k < oldWords.length; k++) {
                if (oldWords[k] == null) {
                    continue;
                }
                int slot = mix(oldHashes[k]) & (capacity - 1);
                while (words[slot] != null) {
                    slot = (slot + 1) & (capacity - 1);
                }
                words[slot] = oldWords[k];
                hashes[slot] = oldHashes[k];
                texts[slot] = oldTexts[k];
                counts[slot] = oldCounts[k];
            }
        }

        /** The words in order, each with the texts that write it, ascending. */
        TreeMap<String, int[]> sorted() {
            TreeMap<String, int[]> out = new TreeMap<>();
            for (int k = 0; k < words.length; k++) {
                if (words[k] != null) {
                    out.put(words[k], java.util.Arrays.copyOf(texts[k], counts[k]));
                }
            }
            return out;
        }
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
}
