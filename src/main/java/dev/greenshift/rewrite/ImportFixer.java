package dev.greenshift.rewrite;

import dev.greenshift.lex.Token;
import dev.greenshift.lex.TokenKind;
import dev.greenshift.lex.TokenStream;
import dev.greenshift.names.Binding;
import dev.greenshift.names.ImportedName;
import dev.greenshift.names.NameTable;
import dev.greenshift.recipe.Requirement;
import dev.greenshift.syntax.Module;
import dev.greenshift.syntax.Statement;
import dev.greenshift.syntax.StatementKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The second pass over a rewritten file: adds the imports the applied recipes require (once, in
 * the file's import block, sorted where the block is sorted) and removes imports of the rewritten
 * library whose names the rewrite left unused. An import that was unused before the rewrite stays:
 * importing can have effects, and greenshift only undoes what it caused.
 */
public final class ImportFixer {

    /** The fixed text, or a problem that makes the rewrite unsafe to write. */
    public record Result(String text, String problem) {
    }

    private ImportFixer() {
    }

    public static Result fix(Module original, String rewritten, Set<String> libraryRoots, List<Requirement> requires, String lineEnding) {
        Module module = Module.parse(rewritten);
        NameTable names = NameTable.of(module);
        EditPlan plan = new EditPlan();
        Map<String, Integer> before = referenceCounts(original);
        Map<String, Integer> after = referenceCounts(module);
        removeUnused(module, names, libraryRoots, before, after, plan);
        for (Requirement r : dedupe(requires)) {
            Binding existing = moduleBinding(module, names, r.boundName());
            String wanted = r.name() == null ? (r.alias() == null ? r.boundName() : r.module()) : r.module() + "." + r.name();
            if (existing instanceof Binding.Imported imported && imported.qualified().equals(wanted)) {
                continue;
            }
            if (existing != null && !(existing instanceof Binding.Imported imported && isLibrary(imported.qualified(), libraryRoots)
                    && after.getOrDefault(r.boundName(), 0) == 0)) {
                return new Result(rewritten, "cannot add '" + r.statementText() + "': the name '" + r.boundName()
                        + "' is already bound in this module");
            }
            plan.offer(insertion(module, r, lineEnding));
        }
        return new Result(plan.isEmpty() ? rewritten : plan.render(rewritten), null);
    }

    private static List<Requirement> dedupe(List<Requirement> requires) {
        Map<String, Requirement> unique = new LinkedHashMap<>();
        for (Requirement r : requires) {
            unique.putIfAbsent(r.statementText(), r);
        }
        List<Requirement> sorted = new ArrayList<>(unique.values());
        // Same-offset insertions render in this order: plain imports first, each group alphabetical.
        sorted.sort(java.util.Comparator.comparing((Requirement r) -> r.name() != null).thenComparing(Requirement::statementText));
        return sorted;
    }

    private static boolean isLibrary(String qualified, Set<String> roots) {
        return roots.contains(qualified.split("\\.")[0]);
    }

    /** What a name is bound to at module level, seen from the end of the file. */
    private static Binding moduleBinding(Module module, NameTable names, String name) {
        for (Statement s : module.body().statements()) {
            if (!s.kind().isImport()) {
                continue;
            }
            for (int i = s.first(); i <= s.last(); i++) {
                if (module.tokens().get(i).isName(name)) {
                    return names.lookup(i);
                }
            }
        }
        List<Token> tokens = module.tokens().tokens();
        Statement[] owners = module.owners();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isName(name) && owners[i] != null && module.body().statements().contains(owners[i])
                    && !module.isAttributeAccess(i)) {
                Binding b = names.lookup(i);
                if (b != null) {
                    return b;
                }
            }
        }
        return null;
    }

    /** How often each name is used outside import statements (attribute names excluded). */
    static Map<String, Integer> referenceCounts(Module module) {
        Map<String, Integer> counts = new HashMap<>();
        TokenStream tokens = module.tokens();
        Statement[] owners = module.owners();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() != TokenKind.NAME || module.isAttributeAccess(i)) {
                continue;
            }
            if (owners[i] != null && owners[i].kind().isImport()) {
                continue;
            }
            counts.merge(t.text(), 1, Integer::sum);
        }
        return counts;
    }

    private static void removeUnused(Module module, NameTable names, Set<String> roots, Map<String, Integer> before,
                                     Map<String, Integer> after, EditPlan plan) {
        Map<Statement, List<ImportedName>> unused = new LinkedHashMap<>();
        Map<Statement, Integer> clauses = new HashMap<>();
        for (ImportedName name : names.imports()) {
            clauses.merge(name.statement(), 1, Integer::sum);
            if (isLibrary(name.qualified(), roots) && before.getOrDefault(name.boundName(), 0) > 0
                    && after.getOrDefault(name.boundName(), 0) == 0) {
                unused.computeIfAbsent(name.statement(), k -> new ArrayList<>()).add(name);
            }
        }
        Map<Statement, Statement> parents = new HashMap<>();
        module.walk((s, parent) -> parents.put(s, parent));
        for (Map.Entry<Statement, List<ImportedName>> e : unused.entrySet()) {
            Statement s = e.getKey();
            if (e.getValue().size() == clauses.get(s)) {
                removeStatement(module, s, parents.get(s), plan);
            } else {
                for (ImportedName n : e.getValue()) {
                    removeClause(module.tokens(), n, plan);
                }
            }
        }
    }

    private static void removeStatement(Module module, Statement s, Statement parent, EditPlan plan) {
        TokenStream tokens = module.tokens();
        List<Statement> siblings = parent == null ? module.body().statements() : parent.children();
        Token first = tokens.get(s.first());
        Token terminator = tokens.get(Math.min(s.terminator(), tokens.size() - 1));
        int lineStart = module.lineStart(first.offset());
        boolean aloneOnLine = tokens.text().substring(lineStart, first.offset()).isBlank()
                && terminator.kind() == TokenKind.NEWLINE;
        if (siblings.size() == 1 && parent != null || !aloneOnLine) {
            plan.offer(Edit.fixed(first.offset(), tokens.get(s.last()).end(), "imports", "pass", first.line()));
            return;
        }
        plan.offer(Edit.fixed(lineStart, terminator.end(), "imports", "", first.line()));
    }

    /** Removes one name from 'from m import a, b' or 'import a, b', with its comma. */
    private static void removeClause(TokenStream tokens, ImportedName n, EditPlan plan) {
        int prev = tokens.previousCode(n.first() - 1);
        int next = tokens.nextCode(n.last() + 1);
        int start;
        int end;
        if (tokens.get(next).isOp(",")) {
            start = tokens.get(n.first()).offset();
            int after = tokens.nextCode(next + 1);
            end = tokens.get(after).kind().isCode() && !tokens.get(after).isOp(")") ? tokens.get(after).offset() : tokens.get(next).end();
        } else if (tokens.get(prev).isOp(",")) {
            start = tokens.get(prev).offset();
            end = tokens.get(n.last()).end();
        } else {
            return;
        }
        plan.offer(Edit.fixed(start, end, "imports", "", tokens.get(n.first()).line()));
    }

    /** Where a new import goes: into the first import block, else after the docstring and __future__ imports. */
    private static Edit insertion(Module module, Requirement r, String eol) {
        TokenStream tokens = module.tokens();
        String line = r.statementText();
        List<Statement> top = module.body().statements();
        int i = 0;
        Statement header = null;
        if (!top.isEmpty() && isDocstring(tokens, top.get(0))) {
            header = top.get(0);
            i = 1;
        }
        while (i < top.size() && isFuture(tokens, top.get(i))) {
            header = top.get(i);
            i++;
        }
        int blockStart = -1;
        for (int k = i; k < top.size(); k++) {
            StatementKind kind = top.get(k).kind();
            if (kind.isImport()) {
                blockStart = k;
                break;
            }
            if (kind == StatementKind.DEF || kind == StatementKind.CLASS) {
                break;
            }
        }
        if (blockStart >= 0) {
            int blockEnd = blockStart;
            while (blockEnd + 1 < top.size() && top.get(blockEnd + 1).kind().isImport()) {
                blockEnd++;
            }
            List<Statement> block = top.subList(blockStart, blockEnd + 1);
            Statement before = sortedPosition(tokens, block, line);
            if (before != null) {
                int at = module.lineStart(tokens.get(before.first()).offset());
                return Edit.fixed(at, at, "imports", line + eol, before.line());
            }
            return after(module, block.get(block.size() - 1), line, eol, false);
        }
        if (header != null) {
            return after(module, header, line, eol, true);
        }
        if (top.isEmpty()) {
            int end = tokens.text().length();
            String prefix = end == 0 || tokens.text().endsWith("\n") || tokens.text().endsWith("\r") ? "" : eol;
            return Edit.fixed(end, end, "imports", prefix + line + eol, 1);
        }
        Statement first = top.get(0);
        int at = module.lineStart(tokens.get(first.firstWithDecorators()).offset());
        return Edit.fixed(at, at, "imports", line + eol + eol, first.line());
    }

    /** In a block whose plain imports are sorted, the import the new one goes before; else null. */
    private static Statement sortedPosition(TokenStream tokens, List<Statement> block, String line) {
        List<Statement> same = new ArrayList<>();
        for (Statement s : block) {
            if (line.startsWith("import ") == (s.kind() == StatementKind.IMPORT)) {
                same.add(s);
            }
        }
        List<String> texts = new ArrayList<>();
        for (Statement s : same) {
            texts.add(tokens.textOf(s.first(), s.last()));
        }
        for (int k = 1; k < texts.size(); k++) {
            if (texts.get(k - 1).compareTo(texts.get(k)) > 0) {
                return null;
            }
        }
        for (int k = 0; k < texts.size(); k++) {
            if (texts.get(k).compareTo(line) > 0) {
                return same.get(k);
            }
        }
        return null;
    }

    private static Edit after(Module module, Statement s, String line, String eol, boolean blankLine) {
        TokenStream tokens = module.tokens();
        Token terminator = tokens.get(Math.min(s.lastDeep(), tokens.size() - 1));
        int k = s.lastDeep();
        while (k < tokens.size() - 1 && tokens.get(k).kind() != TokenKind.NEWLINE) {
            k++;
        }
        terminator = tokens.get(k);
        String extra = blankLine ? eol : "";
        if (terminator.kind() == TokenKind.NEWLINE && !terminator.text().isEmpty()) {
            return Edit.fixed(terminator.end(), terminator.end(), "imports", extra + line + eol, s.line());
        }
        return Edit.fixed(terminator.end(), terminator.end(), "imports", eol + extra + line + eol, s.line());
    }

    private static boolean isDocstring(TokenStream tokens, Statement s) {
        return s.kind() == StatementKind.EXPRESSION && tokens.get(s.first()).kind() == TokenKind.STRING;
    }

    private static boolean isFuture(TokenStream tokens, Statement s) {
        return s.kind() == StatementKind.FROM_IMPORT && tokens.get(tokens.nextCode(s.first() + 1)).isName("__future__");
    }
}
