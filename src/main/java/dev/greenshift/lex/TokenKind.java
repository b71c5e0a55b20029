package dev.greenshift.lex;

/** Token kinds, named as CPython's tokenize module names them, plus the trivia it leaves out. */
public enum TokenKind {
    NAME, NUMBER, STRING, FSTRING_START, FSTRING_MIDDLE, FSTRING_END, OP,
    NEWLINE, NL, COMMENT, INDENT, DEDENT, ENDMARKER,
    /** Spaces, tabs and form feeds between tokens (CPython keeps them in no token). */
    WHITESPACE,
    /** A backslash and the line break it joins. */
    CONTINUATION,
    /** The U+FEFF byte order mark at the start of a file. */
    BOM,
    /** A character no Python token starts with; kept so the file still round-trips. */
    ERROR;

    private static final TokenKind[] BY_ORDINAL = values();

    /** The kind whose {@link #ordinal} is {@code ordinal}: how token columns store a kind in a byte. */
    static TokenKind of(int ordinal) {
        return BY_ORDINAL[ordinal];
    }

    /** Tokens that carry layout or commentary but no code. */
    public boolean isTrivia() {
        return switch (this) {
            case WHITESPACE, CONTINUATION, BOM, NL, COMMENT -> true;
            default -> false;
        };
    }

    /** Tokens that make up code: everything that is not trivia or layout. */
    public boolean isCode() {
        return !isTrivia() && this != NEWLINE && this != INDENT && this != DEDENT && this != ENDMARKER;
    }
}
