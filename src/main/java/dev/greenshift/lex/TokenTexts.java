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
