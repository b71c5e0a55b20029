package dev.greenshift.lex;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared String for each short token text: most tokens of a project are the same few
 * thousand operators, keywords, names and indentation strings, and a run over a large tree holds
 * millions of them at once (nova, swift and neutron together: 3 million tokens, a third of the
 * heap as copies of "self", "(" and "    "). Bounded, so an unusual input cannot grow it
 * without end; past the bound, texts are simply not shared.
 */
final class TokenTexts {
    private static final int MAX_LENGTH = 32;
    private static final int MAX_ENTRIES = 1 << 18;
    private static final ConcurrentHashMap<String, String> SHARED = new ConcurrentHashMap<>();

    private TokenTexts() {
    }

    /**
     * The shared copy of {@code source[start, end)}. Each thread keeps a small direct-mapped cache
     * of the texts it looked up last ({@code recent}, from {@link #recent}), checked by comparing
     * characters in place: a hit costs no copy and no full hash, and nearly every token of a file
     * ("self", "(", "    ") hits.
     */
    static String shared(String[] recent, String source, int start, int end) {
        int length = end - start;
        if (length > MAX_LENGTH) {
            return source.substring(start, end);
        }
        if (length == 1 && source.charAt(start) < 128) {
            return ASCII[source.charAt(start)];
        }
        int slot = slot(source, start, length);
        String known = recent[slot];
        if (known != null && sameText(known, source, start, length)) {
            return known;
        }
        known = shared(source.substring(start, end));
        recent[slot] = known;
        return known;
    }

    /** This thread's cache of recent texts: the tokenizer fetches it once a file, not once a token. */
    static String[] recent() {
        return RECENT.get();
    }

    /** The characters of {@code known} are those of {@code source} at {@code start}: regionMatches compares the strings' own bytes. */
    private static boolean sameText(String known, String source, int start, int length) {
        return known.length() == length && known.regionMatches(0, source, start, length);
    }

    /** The one-character texts of ASCII, the commonest tokens of all (brackets, '.', ',', '\n', ' '). */
    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = shared(String.valueOf(c));
        }
    }

    /** Thread-confined, so per-thread: a slot may hold any shared text, a wrong guess only misses. */
    private static final int RECENT_SLOTS = 1 << 12;
    private static final ThreadLocal<String[]> RECENT = ThreadLocal.withInitial(() -> new String[RECENT_SLOTS]);

    /** A hash of the length and three characters: cheap, and enough to spread a file's vocabulary. */
    private static int slot(String source, int start, int length) {
        if (length == 0) {
            return 0;
        }
        int h = length;
        h = h * 31 + source.charAt(start);
        h = h * 31 + source.charAt(start + length / 2);
        h = h * 31 + source.charAt(start + length - 1);
        h ^= h >>> 11;
        h *= 0x9E3779B1;
        return (h >>> 20) & (RECENT_SLOTS - 1);
    }

    static String shared(String text) {
        if (text.length() > MAX_LENGTH) {
            return text;
        }
        String known = SHARED.get(text);
        if (known != null) {
            return known;
        }
        if (SHARED.size() >= MAX_ENTRIES) {
            return text;
        }
        known = SHARED.putIfAbsent(text, text);
        return known == null ? text : known;
    }
}
