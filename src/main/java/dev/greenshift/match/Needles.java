package dev.greenshift.match;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A set of words looked for in a whole file at once: true when any of them occurs anywhere in the
 * text, as {@code text.contains(word)} would say for one of them. The file is read once, whatever
 * the number of words (one {@code contains} per word read a 50 MB tree a dozen times per round):
 * at each character whose value starts some word, only the words starting with it are compared.
 * Words in Latin-1 are compared on the text's Latin-1 bytes (a character outside Latin-1 becomes
 * '?', which no word holds, so nothing is found that the text does not hold), a plain array read
 * the quick compiler keeps fast; other words go through {@link String#contains}.
 */
public final class Needles {
    private static final int TABLE = 256;

    private final List<String> words;
    /** Per ASCII character, the words starting with it (null: none); words starting with others in {@link #other}. */
    private final byte[][][] byFirst = new byte[TABLE][][];
    /** The same words as strings, so that reporting one found allocates nothing (a common word occurs thousands of times). */
    private final String[][] byFirstWords = new String[TABLE][];
    private final String[] other;

    public Needles(Collection<String> words) {
        // Sorted, so two sets of the same words behave (and print) alike.
        this.words = List.copyOf(new TreeSet<>(words));
        List<List<String>> buckets = new ArrayList<>();
        for (int i = 0; i < TABLE; i++) {
            buckets.add(new ArrayList<>());
        }
        List<String> rest = new ArrayList<>();
        for (String w : this.words) {
            if (w.isEmpty() || !StandardCharsets.ISO_8859_1.newEncoder().canEncode(w) || w.indexOf('?') >= 0) {
                rest.add(w);
            } else {
                buckets.get(w.charAt(0)).add(w);
            }
        }
        for (int i = 0; i < TABLE; i++) {
            if (!buckets.get(i).isEmpty()) {
                byFirst[i] = buckets.get(i).stream().map(w -> w.getBytes(StandardCharsets.ISO_8859_1)).toArray(byte[][]::new);
                byFirstWords[i] = buckets.get(i).toArray(String[]::new);
            }
        }
        other = rest.toArray(String[]::new);
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

    /** Reports each occurrence of a word to {@code stop}, until it answers true; true when it did. */
    private boolean scan(String text, java.util.function.Predicate<String> stop) {
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
            byte[][] bucket = byFirst[bytes[i] & 0xff];
            if (bucket != null) {
                for (int k = 0; k < bucket.length; k++) {
                    if (startsWith(bytes, i, bucket[k]) && stop.test(byFirstWords[bytes[i] & 0xff][k])) {
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
        for (int k = 1; k < word.length; k++) {
            if (bytes[at + k] != word[k]) {
                return false;
            }
        }
        return true;
    }
}
