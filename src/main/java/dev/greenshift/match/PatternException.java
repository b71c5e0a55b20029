package dev.greenshift.match;

/** A pattern or template that does not compile; {@code offset} is where in its text. */
public final class PatternException extends Exception {
    private final int offset;

    public PatternException(String message, int offset) {
        super(message);
        this.offset = offset;
    }

    public int offset() {
        return offset;
    }
}
