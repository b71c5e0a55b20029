package dev.greenshift.syntax;

/** Input nested deeper than greenshift will follow; reported as unreadable, never a crash. */
public final class SyntaxLimitException extends RuntimeException {
    private final int line;
    private final int column;

    public SyntaxLimitException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
