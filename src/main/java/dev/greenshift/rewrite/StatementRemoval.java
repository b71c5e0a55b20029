package dev.greenshift.rewrite;

import dev.greenshift.lex.Token;
import dev.greenshift.lex.TokenKind;
import dev.greenshift.lex.TokenStream;
import dev.greenshift.syntax.Module;
import dev.greenshift.syntax.Statement;
import java.util.List;

/**
 * The edit that deletes a statement: its whole line when it stands alone on it (and one of two
 * surrounding blank lines, so that no double gap remains), or {@code pass} when it is the only
 * statement of its block or shares its line with others.
 */
public final class StatementRemoval {
    private StatementRemoval() {
    }

    public static Edit of(Module module, Statement s, Statement parent, String recipe) {
        TokenStream tokens = module.tokens();
        List<Statement> siblings = parent == null ? module.body().statements() : parent.children();
        Token first = tokens.get(s.firstWithDecorators());
        Token terminator = tokens.get(Math.min(s.terminator(), tokens.size() - 1));
        int lineStart = module.lineStart(first.offset());
        boolean aloneOnLine = tokens.text().substring(lineStart, first.offset()).isBlank()
                && terminator.kind() == TokenKind.NEWLINE;
        if (siblings.size() == 1 && parent != null || !aloneOnLine) {
            return Edit.fixed(first.offset(), tokens.get(s.last()).end(), recipe, "pass", first.line());
        }
        int end = terminator.end();
        String text = tokens.text();
        if (lineStart > 0 && isBlankLineBefore(text, lineStart) && isBlankLineAt(text, end)) {
            end = endOfLine(text, end);
        }
        return Edit.fixed(lineStart, end, recipe, "", first.line());
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
