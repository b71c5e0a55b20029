package dev.greenshift.engine;

import dev.greenshift.lex.Token;
import dev.greenshift.lex.TokenKind;
import dev.greenshift.lex.TokenStream;
import dev.greenshift.match.Match;
import dev.greenshift.names.Binding;
import dev.greenshift.names.ImportedName;
import dev.greenshift.names.NameTable;
import dev.greenshift.recipe.Safety;
import dev.greenshift.rewrite.EditPlan;
import dev.greenshift.syntax.Module;
import dev.greenshift.syntax.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * After a file's rewrite: how each reference to a name a library import binds (outside imports)
 * ended, rewritten (an accepted edit replaces it, or its import was renamed), reported (a flag, a
 * review note or a held-back recipe on it), or kept by a recipe's decision (matched, and none of its
 * cases needed to act). A use that no recipe so much as matched is reported here as a leftover,
 * once per name, so nothing of Eventlet stays in a scanned file without a word.
 */
final class UseAccount {
    /** The pseudo-recipe of the leftover findings: a use no recipe covers. */
    static final String LEFTOVER = "leftover";

    /** What the rewrite of the file did, as the account reads it. */
    record Rewrite(EditPlan plan, List<Attribution> attributions, List<Match> matches, List<Finding> findings,
                   Set<Statement> renamedImports, Set<Statement> heldImports) {
    }

    private UseAccount() {
    }

    /** Counts the uses and adds one leftover finding per name no recipe covers to {@code rewrite.findings()}. */
    static LibraryUses of(NameTable names, Predicate<String> library, String path, Rewrite rewrite) {
        Module module = names.module();
        TokenStream tokens = module.tokens();
        Statement[] owners = module.owners();
        Set<String> renamed = boundBy(names, rewrite.renamedImports());
        Set<String> held = boundBy(names, rewrite.heldImports());
        Map<String, List<Token>> leftovers = new LinkedHashMap<>();
        int rewritten = 0;
        int reported = 0;
        int kept = 0;
        for (int i = 0; i < tokens.size(); i++) {
            // By index: the loop visits every token of the module, and most are no imported name.
            if (tokens.kind(i) != TokenKind.NAME || module.isAttributeAccess(i) || !names.mayBeImported(tokens.text(i))
                    || owners[i] != null && owners[i].kind().isImport()
                    || !(names.lookup(i) instanceof Binding.Imported imported) || !library.test(imported.qualified())) {
                continue;
            }
            Token t = tokens.get(i);
            int offset = t.offset();
            if (rewrite.plan().replaces(offset, t.end()) || renamed.contains(t.text())) {
                rewritten++;
            } else if (rewrite.attributions().stream().anyMatch(a -> a.flagged() && a.covers(offset)) || held.contains(t.text())
                    || rewrite.findings().stream().anyMatch(f -> f.line() == t.line() && !f.recipe().equals(LEFTOVER))) {
                reported++;
            } else if (rewrite.matches().stream().anyMatch(m -> m.start() <= offset && offset < m.end())) {
                kept++;
            } else {
                reported++;
                String qualified = names.qualify(module.dottedChain(i));
                leftovers.computeIfAbsent(qualified == null ? imported.qualified() : qualified, k -> new ArrayList<>()).add(t);
            }
        }
        // One note per name left, on its first use: the decision is the same for all of them.
        leftovers.forEach((qualified, at) -> rewrite.findings().add(new Finding(path, at.get(0).line(), at.get(0).column(), LEFTOVER,
                Safety.MANUAL, Finding.Kind.FLAG, "left: " + qualified + (at.size() == 1 ? "" : " (" + at.size() + " uses)")
                        + ", no recipe covers this use: migrate it by hand (or keep Eventlet for this module)")));
        return new LibraryUses(rewritten, reported, kept);
    }

    /** The names the given import statements bind. */
    private static Set<String> boundBy(NameTable names, Set<Statement> imports) {
        Set<String> bound = new HashSet<>();
        for (ImportedName imported : names.imports()) {
            if (imports.contains(imported.statement())) {
                bound.add(imported.boundName());
            }
        }
        return bound;
    }
}
