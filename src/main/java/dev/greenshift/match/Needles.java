package dev.greenshift.match;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A set of words looked for in a whole file at once: true when any of them occurs anywhere in the
 * text, as {@code text.contains(word)} would say for one of them. A few words are each looked for
 * with {@code contains} ({@link #FEW}); more, and the file is read once, whatever the number of words (one {@code contains} per word read a 50 MB tree a dozen times per round):
 * at each character, only the words starting with it and the character after it are compared (a
 * table by the first character alone held dozens of words under a common letter such as 's', each
 * compared at every 's' of the file). Words in Latin-1 are compared on the text's Latin-1 bytes (a character outside Latin-1 becomes
 * '?', which no word holds, so nothing is found that the text does not hold), a plain array read
 * the quick compiler keeps fast; other words go through {@link String#contains}.
 */
public final class Needles {
    private static final int TABLE = 256;
    /** Slots of the table by a word's first two characters; words whose pairs share a slot are all compared. */
    private static final int PAIRS = 4096;

    private final List<String> words;
    /** Per slot of a first-two-character pair, the words of two or more characters starting with it (null: none). */
    private final byte[][][] byPair = new byte[PAIRS][][];
    /** The same words as strings, so that reporting one found allocates nothing (a common word occurs thousands of times). */
    private final String[][] byPairWords = new String[PAIRS][];
    /** Per Latin-1 character, the word that is that one character (null: none). */
    private final String[] single = new String[TABLE];
    /** Words outside Latin-1 (or holding '?'), found with {@link String#contains}. */
    private final String[] other;

    public Needles(Collection<String> words) {
        // Sorted, so two sets of the same words behave (and print) alike.
        this.words = List.copyOf(new TreeSet<>(words));
        List<List<String>> buckets = new ArrayList<>();
        for (int i = 0; i < PAIRS; i++) {
            buckets.add(null);
        }
        List<String> rest = new ArrayList<>();
        for (String w : this.words) {
            if (w.isEmpty() || !StandardCharsets.ISO_8859_1.newEncoder().canEncode(w) || w.indexOf('?') >= 0) {
                rest.add(w);
            } else if (w.length() == 1) {
                single[w.charAt(0)] = w;
            } else {
                int slot = slot(w.charAt(0), w.charAt(1));
                if (buckets.get(slot) == null) {
                    buckets.set(slot, new ArrayList<>());
                }
                buckets.get(slot).add(w);
            }
        }
        for (int i = 0; i < PAIRS; i++) {
            if (buckets.get(i) != null) {
                byPair[i] = buckets.get(i).stream().map(w -> w.getBytes(StandardCharsets.ISO_8859_1)).toArray(byte[][]::new);
                byPairWords[i] = buckets.get(i).toArray(String[]::new);
            }
        }
        other = rest.toArray(String[]::new);
    }

    private static int slot(int first, int second) {
        return (first * 31 + second) & (PAIRS - 1);
    }

    public static Needles of(Set<String> words) {
        return new Needles(words);
    }

    public List<String> words() {
        return words;
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** True when some word occurs in {@code text}. */
    public boolean foundIn(String text) {
        return scan(text, w -> true);
    }

    /** The words that occur in {@code text}, found in the same single pass as {@link #foundIn}. */
    public Set<String> wordsIn(String text) {
        Set<String> found = new java.util.HashSet<>();
        scan(text, w -> {
            found.add(w);
            return false;
        });
        return found;
    }

    /**
     * Up to this many words, one {@link String#contains} per word reads the text faster than one
     * pass that compares every word at each character (2 words: 1.5 times, 4 words: 2.2 times
     * faster over the 4,044-file benchmark tree under the launcher's quick compiler); the single
     * pass wins from about ten words on, as in a project's list of re-exports.
     */
    private static final int FEW = 6;

    /** Reports the words found (in one pass: each occurrence) to {@code stop}, until it answers true; true when it did. */
    private boolean scan(String text, java.util.function.Predicate<String> stop) {
        if (words.size() <= FEW) {
            for (String w : words) {
                if (text.contains(w) && stop.test(w)) {
                    return true;
                }
            }
            return false;
        }
        for (String w : other) {
            if (text.contains(w) && stop.test(w)) {
                return true;
            }
        }
        if (other.length == words.size()) {
            return false;
        }
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        int n = bytes.length;
        for (int i = 0; i < n; i++) {
            int first = bytes[i] & 0xff;
            String one = single[first];
            if (one != null && stop.test(one)) {
                return true;
            }
            if (i + 1 == n) {
                break;
            }
            int slot = slot(first, bytes[i + 1] & 0xff);
            byte[][] bucket = byPair[slot];
            if (bucket != null) {
                for (int k = 0; k < bucket.length; k++) {
                    if (startsWith(bytes, i, bucket[k]) && stop.test(byPairWords[slot][k])) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] word) {
        if (at + word.length > bytes.length) {
            return false;
        }
        // From the first character: a slot holds every pair that falls in it.
        for (int k = 0; k < word.length; k++) {
            if (bytes[at + k] != word[k]) {
                return false;
            }
        }
        return true;
    }
}
