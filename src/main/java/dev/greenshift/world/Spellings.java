package dev.greenshift.world;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A fixed set of words, found in a text only where it spells one as a whole identifier (no
 * identifier character on either side). One pass over the text cuts it into its identifiers and
 * looks each up by hash, without making a string of it: the world analysis asks this of thousands
 * of modules for two thousand words (one search per word was most of its time).
 */
final class Spellings {
    /** {@link Character#isJavaIdentifierPart} of each Latin-1 character, read from a table in the loops over whole texts. */
    private static final boolean[] LATIN1_WORD_PART = new boolean[256];

    static {
        for (char c = 0; c < LATIN1_WORD_PART.length; c++) {
            LATIN1_WORD_PART[c] = Character.isJavaIdentifierPart(c);
        }
    }

    /** Open addressing on {@link String#hashCode}: the identifier's hash is computed while it is read. */
    private final String[] slots;
    private final int mask;
    /** Words that are no identifier (empty, or holding a dot): searched one by one, as ever. */
    private final List<String> others = new ArrayList<>();

    private Spellings(Collection<String> words) {
        int size = Integer.highestOneBit(Math.max(4, words.size() * 3)) << 1;
        slots = new String[size];
        mask = size - 1;
        for (String w : new HashSet<>(words)) {
            if (isIdentifier(w)) {
                int at = w.hashCode() & mask;
                while (slots[at] != null) {
                    at = (at + 1) & mask;
                }
                slots[at] = w;
            } else {
                others.add(w);
            }
        }
    }

    static Spellings of(Collection<String> words) {
        return new Spellings(words);
    }

    /** The words that {@code text} spells as whole identifiers. */
    Set<String> in(String text) {
        Set<String> found = new HashSet<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isWordPart(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int hash = 0;
            char c;
            while (i < n && isWordPart(c = text.charAt(i))) {
                hash = 31 * hash + c;
                i++;
            }
            String word = lookup(hash, text, start, i - start);
            if (word != null) {
                found.add(word);
            }
        }
        for (String w : others) {
            if (spelledAt(text, w, 0) >= 0) {
                found.add(w);
            }
        }
        return found;
    }

    private String lookup(int hash, String text, int start, int length) {
        for (int at = hash & mask; slots[at] != null; at = (at + 1) & mask) {
            String w = slots[at];
            if (w.length() == length && w.hashCode() == hash && text.regionMatches(start, w, 0, length)) {
                return w;
            }
        }
        return null;
    }

    /**
     * {@link Character#isJavaIdentifierPart}, the identifier character of these scans: the same answer, but
     * for Latin-1 without the calls through {@code CharacterData} that the quick compiler leaves in the loop.
     */
    private static boolean isWordPart(char c) {
        return c < 256 ? LATIN1_WORD_PART[c] : Character.isJavaIdentifierPart(c);
    }

    private static boolean isIdentifier(String w) {
        return !w.isEmpty() && w.chars().allMatch(c -> Character.isJavaIdentifierPart((char) c));
    }

    /** Where {@code word} next occurs in {@code text} at or after {@code from} as a whole identifier, or -1. */
    static int spelledAt(String text, String word, int from) {
        for (int at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !Character.isJavaIdentifierPart(text.charAt(at - 1)))
                    && (end >= text.length() || !Character.isJavaIdentifierPart(text.charAt(end)))) {
                return at;
            }
        }
        return -1;
    }
}
