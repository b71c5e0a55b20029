package dev.greenshift.rewrite;

import dev.greenshift.lex.Token;
import dev.greenshift.lex.TokenKind;
import dev.greenshift.lex.TokenStream;
import dev.greenshift.syntax.Module;
import dev.greenshift.syntax.Statement;
import dev.greenshift.syntax.StatementKind;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The edit that deletes a statement: its whole line when it stands alone on it (and one of two
 * surrounding blank lines, so that no double gap remains), or {@code pass} when it is the only
 * statement of its block or shares its line with others. An {@code if} (or {@code elif}, {@code else}
 * clause) left with nothing to do goes with it, so no {@code if ...: pass} husk remains, unless its
 * condition has a side effect (a call): then the {@code if} stays with a {@code pass}.
 */
public final class StatementRemoval {
    private StatementRemoval() {
    }

    /** Deletes {@code s} and the conditional clauses around it that would be left empty ({@code parentOf}: null at module level). */
    public static Edit of(Module module, Statement s, Function<Statement, Statement> parentOf, String recipe) {
        Statement target = s;
        while (true) {
            Statement parent = parentOf.apply(target);
            if (parent == null || parent.children().size() != 1) {
                break;
            }
            Statement next = nextSibling(module, parent, parentOf.apply(parent));
            boolean continued = next != null && (next.kind() == StatementKind.ELIF || next.kind() == StatementKind.ELSE);
            if (hasSideEffect(module.tokens(), parent)) {
                break;
            }
            if (parent.kind() == StatementKind.ELSE || parent.kind() == StatementKind.ELIF && !continued) {
                // Only the clause goes: the if before it still stands.
                target = parent;
                break;
            }
            if (parent.kind() != StatementKind.IF || continued) {
                break;
            }
            target = parent;
        }
        return of(module, target, parentOf.apply(target), recipe);
    }

    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "in", "is", "if", "else", "elif", "while",
            "lambda", "for", "None", "True", "False");
    private static final Set<String> PURE_CALLS = Set.of("os.environ.get", "os.getenv", "isinstance", "len");

    /**
     * True when an {@code if}/{@code elif} header's condition may do something besides yield a value:
     * a call, an assignment expression, an await or yield. Attribute reads and comparisons count as
     * pure (a property with effects is the author's surprise, not ours), and so do a few calls that
     * only read ({@code os.environ.get}, {@code os.getenv}, {@code isinstance}, {@code len}). An
     * {@code else} has none.
     */
    public static boolean hasSideEffect(TokenStream tokens, Statement clause) {
        if (clause.kind() != StatementKind.IF && clause.kind() != StatementKind.ELIF) {
            return false;
        }
        Token previous = null;
        StringBuilder dotted = new StringBuilder();
        for (int i = clause.first() + 1; i < clause.last(); i++) {
            Token t = tokens.get(i);
            if (!t.kind().isCode()) {
                continue;
            }
            if (t.kind() == TokenKind.NAME || t.isOp(".") && dotted.length() > 0) {
                if (t.kind() == TokenKind.NAME && previous != null && previous.kind() == TokenKind.NAME) {
                    dotted.setLength(0);
                }
                dotted.append(t.text());
            } else if (!t.isOp("(")) {
                dotted.setLength(0);
            }
            if (t.isOp(":=") || t.isName("await") || t.isName("yield")) {
                return true;
            }
            if (t.isOp("(") && previous != null) {
                boolean callee = previous.kind() == TokenKind.NAME && !KEYWORDS.contains(previous.text())
                        || previous.isOp(")") || previous.isOp("]") || previous.kind() == TokenKind.STRING;
                if (callee && !PURE_CALLS.contains(dotted.toString())) {
                    return true;
                }
                dotted.setLength(0);
            }
            previous = t;
        }
        return false;
    }

    private static Statement nextSibling(Module module, Statement s, Statement parent) {
        List<Statement> siblings = parent == null ? module.body().statements() : parent.children();
        int at = siblings.indexOf(s);
        return at >= 0 && at + 1 < siblings.size() ? siblings.get(at + 1) : null;
    }

    public static Edit of(Module module, Statement s, Statement parent, String recipe) {
        TokenStream tokens = module.tokens();
        List<Statement> siblings = parent == null ? module.body().statements() : parent.children();
        Token first = tokens.get(s.firstWithDecorators());
        // A compound statement goes with its body.
        Token terminator = tokens.get(Math.min(s.kind().isCompound() ? s.lastDeep() : s.terminator(), tokens.size() - 1));
        int lineStart = module.lineStart(first.offset());
        boolean aloneOnLine = tokens.text().substring(lineStart, first.offset()).isBlank()
                && terminator.kind() == TokenKind.NEWLINE;
        if (siblings.size() == 1 && parent != null || !aloneOnLine) {
            int last = s.kind().isCompound() ? lastCode(tokens, s.lastDeep()) : s.last();
            return Edit.fixed(first.offset(), tokens.get(last).end(), recipe, "pass", first.line());
        }
        int end = terminator.end();
        String text = tokens.text();
        if (lineStart > 0 && isBlankLineBefore(text, lineStart) && isBlankLineAt(text, end)) {
            end = endOfLine(text, end);
        }
        return Edit.fixed(lineStart, end, recipe, "", first.line());
    }

    private static int lastCode(TokenStream tokens, int from) {
        int i = Math.min(from, tokens.size() - 1);
        while (i > 0 && !tokens.get(i).kind().isCode()) {
            i--;
        }
        return i;
    }

    private static boolean isBlankLineBefore(String text, int lineStart) {
        int i = lineStart - 1;
        if (i > 0 && text.charAt(i) == '\n' && text.charAt(i - 1) == '\r') {
            i--;
        }
        return i == 0 || text.charAt(i - 1) == '\n' || text.charAt(i - 1) == '\r';
    }

    private static boolean isBlankLineAt(String text, int offset) {
        return offset < text.length() && (text.charAt(offset) == '\n' || text.charAt(offset) == '\r');
    }

    private static int endOfLine(String text, int offset) {
        return text.startsWith("\r\n", offset) ? offset + 2 : offset + 1;
    }
}
