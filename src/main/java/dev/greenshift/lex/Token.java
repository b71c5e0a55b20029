package dev.greenshift.lex;

/**
 * One token: its kind, its exact text, and where it starts. Offsets count UTF-16 chars of the
 * decoded file; lines are 1-based, columns 0-based, like CPython's tokenize.
 */
public record Token(TokenKind kind, String text, int offset, int line, int column) {

    public int end() {
        return offset + text.length();
    }

    public boolean is(TokenKind k, String t) {
        return kind == k && text.equals(t);
    }

    public boolean isOp(String t) {
        return kind == TokenKind.OP && text.equals(t);
    }

    public boolean isName(String t) {
        return kind == TokenKind.NAME && text.equals(t);
    }

    public boolean opensBracket() {
        return kind == TokenKind.OP && opening(text);
    }

    public boolean closesBracket() {
        return kind == TokenKind.OP && closing(text);
    }

    /** True for the text of an opening bracket: '(', '[' or '{'. */
    static boolean opening(String text) {
        return text.equals("(") || text.equals("[") || text.equals("{");
    }

    /** True for the text of a closing bracket: ')', ']' or '}'. */
    static boolean closing(String text) {
        return text.equals(")") || text.equals("]") || text.equals("}");
    }
}
