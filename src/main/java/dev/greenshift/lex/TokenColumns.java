package dev.greenshift.lex;

import java.util.Arrays;

/**
 * The tokens a {@link Tokenizer} has emitted so far, as growing columns: what {@link TokenStream}
 * keeps, built without a {@link Token} object per token (making one and copying it into the
 * columns afterwards was a third of lexing).
 */
final class TokenColumns {
    byte[] kinds;
    int[] offsets;
    int[] lines;
    int[] columns;
    String[] texts;
    private int size;

    /** Room for {@code capacity} tokens before the columns grow (each growth copies all five). */
    TokenColumns(int capacity) {
        kinds = new byte[capacity];
        offsets = new int[capacity];
        lines = new int[capacity];
        columns = new int[capacity];
        texts = new String[capacity];
    }

    void add(TokenKind kind, String text, int offset, int line, int column) {
        if (size == kinds.length) {
            int grown = Math.max(16, size * 2);
            kinds = Arrays.copyOf(kinds, grown);
            offsets = Arrays.copyOf(offsets, grown);
            lines = Arrays.copyOf(lines, grown);
            columns = Arrays.copyOf(columns, grown);
            texts = Arrays.copyOf(texts, grown);
        }
        kinds[size] = (byte) kind.ordinal();
        offsets[size] = offset;
        lines[size] = line;
        columns[size] = column;
        texts[size] = text;
        size++;
    }

    int size() {
        return size;
    }

    TokenKind kind(int i) {
        return TokenKind.of(kinds[i]);
    }

    void setKind(int i, TokenKind kind) {
        kinds[i] = (byte) kind.ordinal();
    }

    String text(int i) {
        return texts[i];
    }

    /** Token {@code i} now reads {@code text} (two tokens merged into one). */
    void setText(int i, String text) {
        texts[i] = text;
    }

    /** Moves token {@code from} to index {@code to} (to &lt;= from), when merging tokens closes gaps. */
    void move(int from, int to) {
        kinds[to] = kinds[from];
        offsets[to] = offsets[from];
        lines[to] = lines[from];
        columns[to] = columns[from];
        texts[to] = texts[from];
    }

    /** Keeps the first {@code n} tokens. */
    void truncate(int n) {
        Arrays.fill(texts, n, size, null);
        size = n;
    }

    /** The columns cut to their size, for a {@link TokenStream} to keep. */
    void trim() {
        kinds = Arrays.copyOf(kinds, size);
        offsets = Arrays.copyOf(offsets, size);
        lines = Arrays.copyOf(lines, size);
        columns = Arrays.copyOf(columns, size);
        texts = Arrays.copyOf(texts, size);
    }
}
