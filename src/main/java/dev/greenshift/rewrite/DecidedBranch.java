package dev.greenshift.rewrite;

import dev.greenshift.lex.TokenKind;
import dev.greenshift.lex.TokenStream;
import dev.greenshift.syntax.Module;
import dev.greenshift.syntax.Statement;
import dev.greenshift.syntax.StatementKind;
import java.util.List;
import java.util.function.Function;

/**
 * An if whose whole test a rewrite turns into {@code False} ({@code is_monkey_patched(m)} once
 * nothing is patched) decides which branch runs: {@code if X: A else: B} becomes {@code B}, and
 * {@code if not X: A [else: B]} becomes {@code A}, each kept branch dedented to the if's
 * indentation. Nothing is kept that would read differently dedented: a branch holding a string
 * that spans lines (its text would change) is left to the caller's note, as are elif chains.
 */
public final class DecidedBranch {
    private DecidedBranch() {
    }

    /**
     * True when the call [{@code matchStart}, {@code matchEnd}) is the whole test of an if with no
     * elif or else: once it is {@code False}, the whole if is dead and goes.
     */
    public static boolean isDead(Module module, Statement decided, Function<Statement, Statement> parentOf, int matchStart, int matchEnd) {
        if (decided.kind() != StatementKind.IF || !isWholeTest(module.tokens(), decided, matchStart, matchEnd, false)) {
            return false;
        }
        Statement next = StatementRemoval.nextSibling(module, decided, parentOf.apply(decided));
        return next == null || next.kind() != StatementKind.ELIF && next.kind() != StatementKind.ELSE;
    }

    /** True when the test of {@code s} is exactly the call (or, {@code negated}, 'not' and the call). */
    private static boolean isWholeTest(TokenStream tokens, Statement s, int matchStart, int matchEnd, boolean negated) {
        int from = tokens.nextCode(s.first() + 1);
        int to = tokens.previousCode(s.last() - 1);
        if (negated) {
            if (!tokens.isName(from, "not")) {
                return false;
            }
            from = tokens.nextCode(from + 1);
        }
        return matchStart == tokens.offset(from) && matchEnd == tokens.end(to);
    }

    /**
     * The edit that replaces the whole if (and its else) by the branch that runs, or null when
     * the shape is not one of the two above. [{@code matchStart}, {@code matchEnd}) is the call
     * that becomes {@code False}.
     */
    public static Edit keep(Module module, Statement decided, Function<Statement, Statement> parentOf, int matchStart, int matchEnd,
                            String recipe) {
        if (decided.kind() != StatementKind.IF) {
            return null;
        }
        TokenStream tokens = module.tokens();
        boolean plain = isWholeTest(tokens, decided, matchStart, matchEnd, false);
        boolean negated = isWholeTest(tokens, decided, matchStart, matchEnd, true);
        Statement next = StatementRemoval.nextSibling(module, decided, parentOf.apply(decided));
        if (next != null && next.kind() == StatementKind.ELIF) {
            return null;
        }
        Statement otherwise = next != null && next.kind() == StatementKind.ELSE ? next : null;
        List<Statement> kept;
        if (plain && otherwise != null) {
            kept = otherwise.children();
        } else if (negated) {
            kept = decided.children();
        } else {
            return null;
        }
        if (kept.isEmpty()) {
            return null;
        }
        String text = tokens.text();
        int start = module.lineStart(tokens.offset(decided.first()));
        int end = tokens.end((otherwise != null ? otherwise : decided).lastDeep());
        // The kept branch starts after its header's line break: comments above its first statement stay.
        Statement header = negated ? decided : otherwise;
        int newline = header.last();
        while (newline < tokens.size() && tokens.kind(newline) != TokenKind.NEWLINE) {
            newline++;
        }
        if (newline >= kept.get(0).firstWithDecorators()) {
            return null;
        }
        int bodyStart = tokens.end(newline);
        int bodyEnd = tokens.end(kept.get(kept.size() - 1).lastDeep());
        for (int i = kept.get(0).firstWithDecorators(); i <= kept.get(kept.size() - 1).lastDeep(); i++) {
            if ((tokens.kind(i) == TokenKind.STRING || tokens.kind(i) == TokenKind.FSTRING_MIDDLE || tokens.kind(i) == TokenKind.CONTINUATION)
                    && (tokens.text(i).indexOf('\n') >= 0 || tokens.text(i).indexOf('\r') >= 0)) {
                return null;
            }
        }
        String outer = decided.indentation();
        String inner = kept.get(0).indentation();
        if (!inner.startsWith(outer) || inner.length() == outer.length()) {
            return null;
        }
        int strip = inner.length() - outer.length();
        StringBuilder body = new StringBuilder();
        for (String line : text.substring(bodyStart, bodyEnd).split("(?<=\n)|(?<=\r)(?!\n)", -1)) {
            int ws = 0;
            while (ws < line.length() && ws < outer.length() + strip && (line.charAt(ws) == ' ' || line.charAt(ws) == '\t')) {
                ws++;
            }
            // Up to 'strip' characters after the if's own indentation go; a shallower comment loses what it has.
            int cut = Math.min(strip, Math.max(0, ws - outer.length()));
            body.append(line, 0, Math.min(outer.length(), ws)).append(line.substring(Math.min(outer.length(), ws) + cut));
        }
        return Edit.fixed(start, end, recipe, body.toString(), decided.line());
    }
}
