package dev.greenshift.recipe;

import dev.greenshift.lex.Token;
import dev.greenshift.lex.TokenKind;
import dev.greenshift.lex.TokenStream;
import dev.greenshift.lex.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The load-time syntax check of a template (metavariables replaced by plain names), run once per
 * template with greenshift's own lexer, so that a recipe that would write invalid Python is
 * refused before any file is read, and python3 is never needed for it. Not a full parser: it
 * rejects what a recipe author can get wrong while editing a template (unknown characters,
 * unbalanced brackets, unterminated strings, stray indents, two operands with no operator or comma
 * between them, an operator or '=' with nothing after it, a doubled comma, a '.' not followed by a
 * name).
 */
final class TemplateSyntax {
    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
            "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");
    /** Keywords that are values themselves. */
    private static final Set<String> CONSTANTS = Set.of("False", "None", "True");
    /** Operators after which an operand must follow. */
    private static final Set<String> NEEDS_OPERAND = Set.of("+", "-", "*", "/", "//", "%", "@", "**", "<<", ">>", "&", "|", "^",
            "~", "<", ">", "<=", ">=", "==", "!=", "=", "+=", "-=", "*=", "/=", "//=", "%=", "@=", "&=", "|=", "^=", ">>=",
            "<<=", "**=", ":=", "->", ".");

    private TemplateSyntax() {
    }

    /** What is wrong with this code, or null when the check finds nothing. */
    static String problem(String code) {
        TokenStream tokens = Tokenizer.tokenize(code);
        List<Token> code1 = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == TokenKind.ERROR) {
                return "unexpected '" + t.text() + "'";
            }
            if ((t.opensBracket() || t.closesBracket()) && tokens.partner(i) < 0) {
                return "unbalanced '" + t.text() + "'";
            }
            if (t.kind() == TokenKind.STRING && !closed(t.text())) {
                return "unterminated string";
            }
            if (t.kind() == TokenKind.INDENT && tokens.previousCode(i - 1) < 0) {
                return "unexpected indent";
            }
            if (t.kind().isCode() || t.kind() == TokenKind.NEWLINE) {
                code1.add(t);
            }
        }
        for (int i = 0; i < code1.size(); i++) {
            Token t = code1.get(i);
            Token next = i + 1 < code1.size() ? code1.get(i + 1) : null;
            boolean nextEnds = next == null || next.kind() == TokenKind.NEWLINE || next.closesBracket() || next.isOp(",");
            if (t.kind() == TokenKind.OP && NEEDS_OPERAND.contains(t.text()) && nextEnds && !unpackingStar(code1, i)) {
                return "nothing after '" + t.text() + "'";
            }
            if (t.isOp(".") && (next == null || next.kind() != TokenKind.NAME)) {
                return "a name must follow '.'";
            }
            if (t.isOp(",") && next != null && next.isOp(",")) {
                return "two commas in a row";
            }
            if (next != null && endsOperand(t) && startsOperand(next) && !(t.kind() == TokenKind.STRING && next.kind() == TokenKind.STRING)) {
                return "missing operator or comma between '" + t.text() + "' and '" + next.text() + "'";
            }
        }
        return null;
    }

    /** {@code f(*args)} or {@code [*a]}: a star right after an opening bracket or a comma is unpacking. */
    private static boolean unpackingStar(List<Token> tokens, int i) {
        return (tokens.get(i).isOp("*") || tokens.get(i).isOp("**")) && i + 1 < tokens.size() && tokens.get(i + 1).isOp(",")
                && (i == 0 || tokens.get(i - 1).isOp(",") || tokens.get(i - 1).opensBracket());
    }

    private static boolean endsOperand(Token t) {
        return switch (t.kind()) {
            case NAME -> !KEYWORDS.contains(t.text()) || CONSTANTS.contains(t.text());
            case NUMBER, STRING, FSTRING_END -> true;
            case OP -> t.closesBracket();
            default -> false;
        };
    }

    private static boolean startsOperand(Token t) {
        return switch (t.kind()) {
            case NAME -> !KEYWORDS.contains(t.text()) || CONSTANTS.contains(t.text());
            case NUMBER, STRING, FSTRING_START -> true;
            case OP -> t.isOp("{");
            default -> false;
        };
    }

    private static boolean closed(String literal) {
        String s = literal.replaceFirst("^[A-Za-z]*", "");
        for (String q : new String[] {"\"\"\"", "'''", "\"", "'"}) {
            if (s.startsWith(q)) {
                return s.length() >= 2 * q.length() && s.endsWith(q);
            }
        }
        return false;
    }
}
