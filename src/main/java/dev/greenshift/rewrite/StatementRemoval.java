package dev.greenshift.rewrite;

import dev.greenshift.lex.Token;
import dev.greenshift.lex.TokenKind;
import dev.greenshift.lex.TokenStream;
import dev.greenshift.syntax.Module;
import dev.greenshift.syntax.Statement;
import dev.greenshift.syntax.StatementKind;
import java.util.List;
import java.util.function.Function;

/**
 * The edit that deletes a statement: its whole line when it stands alone on it (and one of two
 * surrounding blank lines, so that no double gap remains), or {@code pass} when it is the only
 * statement of its block or shares its line with others. An {@code if} (or {@code elif}, {@code else}
 * clause) left with nothing to do goes with it, so no {@code if ...: pass} husk remains.
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
            if (parent.kind() == StatementKind.ELSE || parent.kind() == StatementKind.ELIF && !continued) {
                // Only the clause goes: the if before it still stands; an elif whose test does something keeps it, with pass.
                if (parent.kind() == StatementKind.ELSE || !SideEffects.inCondition(module, parent)) {
                    target = parent;
                }
                break;
            }
            if (parent.kind() != StatementKind.IF || continued) {
                break;
            }
            if (SideEffects.inCondition(module, parent)) {
                return conditionKept(module, parent, recipe);
            }
            target = parent;
        }
        return of(module, target, parentOf.apply(target), recipe);
    }

    /**
     * An emptied {@code if} whose test does something (calls, {@code :=}) becomes that test as an
     * expression statement: the effect stays, the husk goes.
     */
    private static Edit conditionKept(Module module, Statement ifStatement, String recipe) {
        TokenStream tokens = module.tokens();
        int from = tokens.nextCode(ifStatement.first() + 1);
        int to = tokens.previousCode(ifStatement.last() - 1);
        String condition = tokens.textOf(from, to).strip();
        boolean parenthesised = tokens.isOp(from, "(") && tokens.partner(from) == to;
        if (condition.contains(":=") && !parenthesised) {
            condition = "(" + condition + ")";
        }
        Token first = tokens.get(ifStatement.first());
        return Edit.fixed(first.offset(), tokens.end(lastCode(tokens, ifStatement.lastDeep())), recipe, condition, first.line());
    }

    /** The statement after {@code s} in its block (its parent's children, or the module's body), or null. */
    static Statement nextSibling(Module module, Statement s, Statement parent) {
        List<Statement> siblings = module.block(parent);
        int at = siblings.indexOf(s);
        return at >= 0 && at + 1 < siblings.size() ? siblings.get(at + 1) : null;
    }

    public static Edit of(Module module, Statement s, Statement parent, String recipe) {
        TokenStream tokens = module.tokens();
        List<Statement> siblings = module.block(parent);
        Token first = tokens.get(s.firstWithDecorators());
        Token terminator = terminator(tokens, s);
        int lineStart = module.lineStart(first.offset());
        boolean aloneOnLine = tokens.text().substring(lineStart, first.offset()).isBlank()
                && terminator.kind() == TokenKind.NEWLINE;
        if (siblings.size() == 1 && parent != null || !aloneOnLine) {
            int last = s.kind().isCompound() ? lastCode(tokens, s.lastDeep()) : s.last();
            return Edit.fixed(first.offset(), tokens.end(last), recipe, "pass", first.line());
        }
        int end = terminator.end();
        if (takesBlankLineAfter(module, s)) {
            end = endOfLine(tokens.text(), end);
        }
        return Edit.fixed(lineStart, end, recipe, "", first.line());
    }

    /**
     * True when removing {@code s} (alone on its lines) also removes the blank line after it: it
     * stands between two blank lines, which would otherwise become one wider gap. Whatever takes
     * its place must bring that blank line back.
     */
    static boolean takesBlankLineAfter(Module module, Statement s) {
        TokenStream tokens = module.tokens();
        int lineStart = module.lineStart(tokens.offset(s.firstWithDecorators()));
        String text = tokens.text();
        return lineStart > 0 && isBlankLineBefore(text, lineStart) && isBlankLineAt(text, terminator(tokens, s).end());
    }

    /** The token that ends {@code s}: a compound statement goes with its body. */
    private static Token terminator(TokenStream tokens, Statement s) {
        return tokens.get(Math.min(s.kind().isCompound() ? s.lastDeep() : s.terminator(), tokens.size() - 1));
    }

    private static int lastCode(TokenStream tokens, int from) {
        int i = Math.min(from, tokens.size() - 1);
        while (i > 0 && !tokens.kind(i).isCode()) {
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
