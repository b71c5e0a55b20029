package dev.greenshift.lex;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The tokens of one file, in order, covering every character exactly once. {@link #partner}
 * pairs each bracket with its match (or -1 when unbalanced), computed once so that later stages
 * can jump over a bracket group in constant time.
 *
 * <p>Held as columns (a kind byte, an offset, line, column and text reference per token: arrays), not as one object
 * a token: a whole-project run keeps the tokens of every module that mentions Eventlet for all
 * its rounds, millions of them, and a {@link Token} object with its list slot cost 36 bytes where
 * the columns cost 17. {@link #get} makes a short-lived {@link Token} for callers that want one;
 * the accessors by index ({@link #kind}, {@link #text}, ...) make none, for the hot loops.
 */
public final class TokenStream {
    private static final byte OP = (byte) TokenKind.OP.ordinal();
    private static final byte NAME = (byte) TokenKind.NAME.ordinal();

    private final String text;
    private final byte[] kinds;
    private final int[] offsets;
    private final int[] lines;
    private final int[] columns;
    private final String[] texts;
    private final int[] partner;
    private final List<Token> view = new Tokens();

    /** The columns as {@link TokenColumns} built them, each of the tokens' length; kept, not copied. */
    TokenStream(String text, byte[] kinds, int[] offsets, int[] lines, int[] columns, String[] texts, int[] partner) {
        this.text = text;
        this.kinds = kinds;
        this.offsets = offsets;
        this.lines = lines;
        this.columns = columns;
        this.texts = texts;
        this.partner = partner;
    }

    public String text() {
        return text;
    }

    /** The tokens as a list: each element is made when asked for, so loops over many should prefer the accessors by index. */
    public List<Token> tokens() {
        return view;
    }

    public Token get(int index) {
        return new Token(kind(index), texts[index], offsets[index], lines[index], column(index));
    }

    public int size() {
        return kinds.length;
    }

    public TokenKind kind(int index) {
        return TokenKind.of(kinds[index]);
    }

    public String text(int index) {
        return texts[index];
    }

    public int offset(int index) {
        return offsets[index];
    }

    /** Where token {@code index} ends: its offset plus its length. */
    public int end(int index) {
        return offsets[index] + texts[index].length();
    }

    public int line(int index) {
        return lines[index];
    }

    public int column(int index) {
        return columns[index];
    }

    /** True when token {@code index} is the operator {@code op}. */
    public boolean isOp(int index, String op) {
        return kinds[index] == OP && texts[index].equals(op);
    }

    /** True when token {@code index} is the name {@code name}. */
    public boolean isName(int index, String name) {
        return kinds[index] == NAME && texts[index].equals(name);
    }

    /**
     * True when token {@code index} is an operator ending in '=' that is no comparison: '=', an augmented
     * assignment ('+=', '//=', ...) or ':='.
     */
    public boolean isAssignmentOp(int index) {
        if (kinds[index] != OP) {
            return false;
        }
        String t = texts[index];
        return t.endsWith("=") && !t.equals("==") && !t.equals("!=") && !t.equals("<=") && !t.equals(">=");
    }

    /** True when token {@code index} is an opening bracket: '(', '[' or '{'. */
    public boolean opensBracket(int index) {
        return kinds[index] == OP && Token.opening(texts[index]);
    }

    /** True when token {@code index} is a closing bracket: ')', ']' or '}'. */
    public boolean closesBracket(int index) {
        return kinds[index] == OP && Token.closing(texts[index]);
    }

    /** Index of the bracket matching the one at {@code index}, or -1. */
    public int partner(int index) {
        return partner[index];
    }

    /** The concatenated token texts: equal to the source text by construction, and tested so. */
    public String render() {
        StringBuilder out = new StringBuilder(text.length());
        for (String t : texts) {
            out.append(t);
        }
        return out.toString();
    }

    /** Source text from the start of token {@code from} to the end of token {@code to}, inclusive. */
    public String textOf(int from, int to) {
        return text.substring(offsets[from], end(to));
    }

    /** Next code token at or after {@code index}, or the index of ENDMARKER. */
    public int nextCode(int index) {
        int i = index;
        while (i < kinds.length - 1 && !kind(i).isCode()) {
            i++;
        }
        return i;
    }

    /** Previous code token at or before {@code index}, or -1. */
    public int previousCode(int index) {
        int i = index;
        while (i >= 0 && !kind(i).isCode()) {
            i--;
        }
        return i;
    }

    /** The list view of {@link #tokens}: read-only, like the list it replaces. */
    private final class Tokens extends AbstractList<Token> implements RandomAccess {
        @Override
        public Token get(int index) {
            return TokenStream.this.get(index);
        }

        @Override
        public int size() {
            return kinds.length;
        }
    }
}
