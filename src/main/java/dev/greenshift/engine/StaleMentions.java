package dev.greenshift.engine;

import dev.greenshift.lex.StringLiterals;
import dev.greenshift.lex.Token;
import dev.greenshift.lex.TokenKind;
import dev.greenshift.lex.TokenStream;
import dev.greenshift.recipe.Safety;
import dev.greenshift.rewrite.EditPlan;
import dev.greenshift.syntax.Module;
import dev.greenshift.syntax.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/** Review findings for prose that names what the run removed; see {@link #of}. */
final class StaleMentions {
    static final String RECIPE = "stale-mention";

    private StaleMentions() {
    }

    /**
     * Comments and strings the edits left that name an API this run took out of the file
     * ({@code # eventlet.sleep yields here}, {@code LOG.debug('Calling eventlet.sleep(0)')}): they
     * now lie, but only a human can say what they should say, so each is reported, not edited.
     * A dotted name still used in the file's code is not stale.
     */
    static List<Finding> of(Module module, EditPlan plan, String path, Collection<String> rewrittenSpellings) {
        TokenStream tokens = module.tokens();
        List<String> gone = rewrittenSpellings.stream().filter(n -> n.contains(".") && !stillUsed(module, plan, n)).toList();
        if (gone.isEmpty()) {
            return List.of();
        }
        List<Pattern> patterns = gone.stream()
                .map(n -> Pattern.compile("(?<![\\w.])" + Pattern.quote(n) + "(?!\\w|\\.\\w)")).toList();
        List<Finding> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            TokenKind kind = tokens.kind(i);
            if (kind != TokenKind.COMMENT && kind != TokenKind.STRING && kind != TokenKind.FSTRING_MIDDLE) {
                continue; // not prose: checked by index, the loop visits every token of the module
            }
            Token t = tokens.get(i);
            // A string that is nothing but a dotted name is a reference (a patch target the run left), not prose:
            // what it still patches is the mock-target recipe's to report.
            String content = t.kind() == TokenKind.STRING ? StringLiterals.plainContent(t.text()) : null;
            boolean reference = content != null && content.matches("[A-Za-z_][\\w.]*");
            if (reference || t.text().contains("TODO(greenshift)") || plan.overlaps(t.offset(), t.end())) {
                continue;
            }
            for (int p = 0; p < patterns.size(); p++) {
                if (patterns.get(p).matcher(t.text()).find()) {
                    found.add(new Finding(path, t.line(), t.column(), RECIPE, Safety.REVIEW, Finding.Kind.REVIEW,
                            "names " + gone.get(p) + ", which this file no longer uses: " + excerpt(t.text())));
                    break;
                }
            }
        }
        return found;
    }

    private static String excerpt(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= 100 ? line : line.substring(0, 97) + "...";
    }

    /** True when code the edits did not replace still writes the dotted name. */
    private static boolean stillUsed(Module module, EditPlan plan, String dotted) {
        TokenStream tokens = module.tokens();
        String[] parts = dotted.split("\\.");
        Statement[] owners = module.owners();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.isName(i, parts[0]) || module.isAttributeAccess(i) || owners[i] != null && owners[i].kind().isImport()) {
                continue;
            }
            int last = module.matchDotted(i, parts);
            if (last >= 0 && !plan.replaces(tokens.offset(i), tokens.end(last))) {
                return true;
            }
        }
        return false;
    }
}
