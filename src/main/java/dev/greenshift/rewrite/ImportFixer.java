package dev.greenshift.rewrite;

import dev.greenshift.lex.TokenKind;
import dev.greenshift.lex.TokenStream;
import dev.greenshift.names.Binding;
import dev.greenshift.names.ImportedName;
import dev.greenshift.names.NameTable;
import dev.greenshift.recipe.Requirement;
import dev.greenshift.style.ImportGroups;
import dev.greenshift.style.ImportOrder;
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

    /** The fixed text, or a problem that makes the rewrite unsafe to write; and whether the library is still imported. */
    public record Result(String text, String problem, boolean libraryImported) {
    }

    private ImportFixer() {
    }

    /**
     * @param rewrittenAway names bound by library imports whose every use in the original was
     *                      replaced by an edit: their import goes even though the new code reuses the name
     *                      ({@code from eventlet import queue} then {@code queue.Queue()} becoming the stdlib's).
     */
    public static Result fix(NameTable originalNames, String rewritten, java.util.function.Predicate<String> library, Set<String> rewrittenAway,
                             List<Requirement> requires, String lineEnding) {
        return fix(originalNames, rewritten, library, rewrittenAway, requires, lineEnding, null);
    }

    /**
     * As above, placing new imports in {@code order} (the project's configured import order; null:
     * the order the file's own groups follow, if any).
     */
    public static Result fix(NameTable originalNames, String rewritten, java.util.function.Predicate<String> library, Set<String> rewrittenAway,
                             List<Requirement> requires, String lineEnding, ImportOrder order) {
        return fix(originalNames, new Husks.Swept(rewritten, null), library, rewrittenAway, requires, lineEnding, order);
    }

    /** As above, for a rewritten text the caller may have parsed already ({@link Husks#swept}). */
    public static Result fix(NameTable originalNames, Husks.Swept swept, java.util.function.Predicate<String> library, Set<String> rewrittenAway,
                             List<Requirement> requires, String lineEnding, ImportOrder order) {
        String rewritten = swept.text();
        Module original = originalNames.module();
        Module module = swept.parsed() != null ? swept.parsed() : Module.parse(rewritten);
        // The original's own parse (a rewrite that only added comments is asked of it): its names are the original's.
        NameTable names = module == original ? originalNames : NameTable.of(module, originalNames.location());
        // Only the counts of imported and required names are ever read: the other names are not counted.
        Set<String> counted = new java.util.HashSet<>();
        names.imports().forEach(n -> counted.add(n.boundName()));
        requires.forEach(r -> counted.add(r.boundName()));
        Map<String, Integer> uses = referenceCounts(module, names, counted);
        EditPlan plan = new EditPlan();
        Set<Statement> removed = new java.util.HashSet<>();
        Set<String> unbound = new java.util.HashSet<>();
        Map<String, Integer> after = new HashMap<>(uses);
        rewrittenAway.forEach(after::remove);
        Map<String, Integer> before = module == original ? uses : referenceCounts(original, originalNames, counted);
        removeUnused(module, names, library, before, after, plan, removed, unbound);
        Map<Integer, Placement> placements = new java.util.TreeMap<>();
        for (Requirement r : dedupe(requires)) {
            // A recipe requires what any of its cases may need; the case that ran may not use it (F401).
            if (uses.getOrDefault(r.boundName(), 0) == 0) {
                continue;
            }
            Binding existing = unbound.contains(r.boundName()) ? null : names.moduleBinding(r.boundName());
            String wanted = r.name() == null ? (r.alias() == null ? r.boundName() : r.module()) : r.module() + "." + r.name();
            String shadowed = shadowedUse(originalNames, names, r.boundName(), wanted);
            if (shadowed != null) {
                return new Result(rewritten, "cannot add '" + r.statementText() + "': " + shadowed, true);
            }
            if (existing instanceof Binding.Imported imported && imported.qualified().equals(wanted)) {
                continue;
            }
            if (existing != null) {
                String to = existing instanceof Binding.Imported other ? " (to " + other.qualified() + ")" : "";
                return new Result(rewritten, "cannot add '" + r.statementText() + "': the name '" + r.boundName()
                        + "' is already bound in this module" + to + " and still used; rewrite or rename its remaining uses first", true);
            }
            Placement p = placement(module, r, removed, order);
            placements.merge(p.offset(), p, Placement::join);
        }
        for (Placement p : placements.values()) {
            plan.offer(Edit.fixed(p.offset(), p.offset(), "imports", p.render(lineEnding), p.line()));
        }
        boolean libraryImported = names.imports().stream()
                .anyMatch(n -> library.test(n.qualified()) && !removed.contains(n.statement()) && !unbound.contains(n.boundName()));
        String fixed = plan.isEmpty() ? rewritten : plan.render(rewritten);
        return new Result(closeGaps(original, fixed, plan.isEmpty() ? module : null), null, libraryImported);
    }

    /**
     * Imports removed from between two blank lines leave a wider gap than the file had
     * ({@code import time}, two blank lines, {@code LOG = ...}): in the imports at the top of the
     * file, a run of blank lines longer than any the original had there shrinks to that length.
     */
    static String closeGaps(Module original, String fixed) {
        return closeGaps(original, fixed, null);
    }

    /** As above; {@code parsed}: the parse of {@code fixed} when the caller has it (null: parse here). */
    private static String closeGaps(Module original, String fixed, Module parsed) {
        // One blank line is always fine: an import block added above code is set off by one.
        int widest = Math.max(1, widestGap(original.tokens().text(), prologueEnd(original)));
        Module module = parsed != null ? parsed : Module.parse(fixed);
        int end = prologueEnd(module);
        String[] lines = fixed.substring(0, end).split("(?<=\n)", -1);
        StringBuilder out = new StringBuilder();
        // Blank lines that open the file where it opened with code (its first imports went) go.
        int run = original.tokens().text().isEmpty() || original.tokens().text().startsWith("\n")
                || original.tokens().text().startsWith("\r") ? 0 : Integer.MIN_VALUE / 2;
        for (String line : lines) {
            boolean blank = line.isBlank() && !line.isEmpty();
            if (blank && run < 0) {
                continue;
            }
            run = blank ? Math.max(run, 0) + 1 : 0;
            if (run > widest) {
                continue;
            }
            out.append(line);
        }
        return out.length() == end ? fixed : out + fixed.substring(end);
    }

    /** The offset where the first top-level statement after the docstring and imports starts (its comments included). */
    private static int prologueEnd(Module module) {
        TokenStream tokens = module.tokens();
        List<Statement> top = module.body().statements();
        for (int i = 0; i < top.size(); i++) {
            Statement s = top.get(i);
            if (s.kind().isImport() || i == 0 && isDocstring(tokens, s)) {
                continue;
            }
            int at = module.lineStart(tokens.offset(s.firstWithDecorators()));
            String text = tokens.text();
            while (at > 0) {
                int previous = module.lineStart(at - 1);
                if (!text.substring(previous, at).strip().startsWith("#")) {
                    break;
                }
                at = previous;
            }
            return at;
        }
        return tokens.text().length();
    }

    private static int widestGap(String text, int end) {
        int widest = 0;
        int run = 0;
        for (String line : text.substring(0, end).split("(?<=\n)", -1)) {
            run = line.isBlank() && !line.isEmpty() ? run + 1 : 0;
            widest = Math.max(widest, run);
        }
        return widest;
    }

    /** Where new import lines go; lines sharing an offset render as one block with one framing. */
    private record Placement(int offset, boolean leadingNewline, boolean blankBefore, boolean blankAfter, List<String> lines, int line) {
        Placement join(Placement other) {
            List<String> all = new ArrayList<>(lines);
            all.addAll(other.lines);
            return new Placement(offset, leadingNewline, blankBefore, blankAfter, all, line);
        }

        String render(String eol) {
            return (leadingNewline ? eol : "") + (blankBefore ? eol : "") + String.join(eol, lines) + eol + (blankAfter ? eol : "");
        }
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

    /**
     * Why the rewritten code would not reach the module through {@code name}: it has more references
     * bound to something else (a local of that name) than the original had, so a new one landed
     * where the name means that local. Null when every new reference reaches the module.
     */
    private static String shadowedUse(NameTable before, NameTable after, String name, String wanted) {
        List<Integer> was = before.referencesNotReaching(name, wanted);
        List<Integer> now = after.referencesNotReaching(name, wanted);
        if (now.size() <= was.size()) {
            return null;
        }
        int line = after.bindingLine(name, now.get(0));
        return "the rewritten code uses '" + name + "' where that name is bound to something else"
                + (line > 0 ? " (line " + line + ")" : "") + "; rename it first";
    }

    /** How often each name of {@code counted} is used outside import statements (attribute names excluded). */
    static Map<String, Integer> referenceCounts(Module module, NameTable names, Set<String> counted) {
        Map<String, Integer> counts = new HashMap<>();
        TokenStream tokens = module.tokens();
        Statement[] owners = module.owners();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.kind(i) != TokenKind.NAME || !counted.contains(tokens.text(i)) || module.isAttributeAccess(i)) {
                continue;
            }
            if (owners[i] != null && owners[i].kind().isImport()) {
                continue;
            }
            // A parameter, local or method of the same name is not a use of the import (scopes, from the resolver).
            if (names.mayBeImported(tokens.text(i)) && names.lookup(i) instanceof Binding.Local) {
                continue;
            }
            counts.merge(tokens.text(i), 1, Integer::sum);
        }
        return counts;
    }

    private static void removeUnused(Module module, NameTable names, java.util.function.Predicate<String> library, Map<String, Integer> before,
                                     Map<String, Integer> after, EditPlan plan, Set<Statement> removed, Set<String> unbound) {
        Map<Statement, List<ImportedName>> unused = new LinkedHashMap<>();
        Map<Statement, Integer> clauses = new HashMap<>();
        // Once nothing of the library is used any more, its imports that were unused before go too.
        boolean libraryGone = names.imports().stream()
                
                .noneMatch(n -> library.test(n.qualified()) && after.getOrDefault(n.boundName(), 0) > 0);
        for (ImportedName name : names.imports()) {
            clauses.merge(name.statement(), 1, Integer::sum);
            boolean ours = library.test(name.qualified()) && (libraryGone || before.getOrDefault(name.boundName(), 0) > 0);
            // Any other import whose every use the rewrite removed (the os of a deleted 'if os.environ...: monkey_patch()'),
            // unless a string names it (__all__, a mock target): greenshift undoes only the F401 it caused.
            // Cheap tests first: scanning the strings is only worth it for an import the rewrite left unused.
            boolean unusedNow = after.getOrDefault(name.boundName(), 0) == 0;
            boolean orphaned = unusedNow && !library.test(name.qualified()) && before.getOrDefault(name.boundName(), 0) > 0
                    && names.module().body().statements().contains(name.statement()) && !named(module, name.boundName());
            if ((ours || orphaned) && unusedNow) {
                unused.computeIfAbsent(name.statement(), k -> new ArrayList<>()).add(name);
            }
        }
        Map<Statement, Statement> parents = module.parents();
        for (Map.Entry<Statement, List<ImportedName>> e : unused.entrySet()) {
            if (parents.containsKey(e.getKey()) && parents.get(e.getKey()) != null && parents.get(e.getKey()).body().inline()) {
                continue;
            }
            Statement s = e.getKey();
            e.getValue().forEach(n -> unbound.add(n.boundName()));
            if (e.getValue().size() == clauses.get(s)) {
                removeStatement(module, s, parents.get(s), plan);
                removed.add(s);
            } else {
                List<ImportedName> all = names.imports().stream().filter(n -> n.statement() == s)
                        .sorted(java.util.Comparator.comparingInt(ImportedName::first)).toList();
                boolean chained = false;
                for (ImportedName n : all) {
                    chained = e.getValue().contains(n) && removeClause(module.tokens(), n, chained || n == all.get(0), plan);
                }
            }
        }
    }

    /** True when a string literal of the module spells the name (an __all__ entry, a patch target). */
    private static boolean named(Module module, String name) {
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(name) + "\\b");
        TokenStream tokens = module.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.kind(i) == TokenKind.STRING && tokens.text(i).contains(name) && word.matcher(tokens.text(i)).find()) {
                return true;
            }
        }
        return false;
    }

    private static void removeStatement(Module module, Statement s, Statement parent, EditPlan plan) {
        plan.offer(StatementRemoval.of(module, s, parent, "imports"));
    }

    /**
     * Removes one name from 'from m import a, b' or 'import a, b', with its comma: the comma after it
     * when it leads ({@code leading}: the first name, or one right after a removed leading name),
     * else the comma before it, so that removing neighbours never claims one comma twice. True when
     * the comma after it went.
     */
    private static boolean removeClause(TokenStream tokens, ImportedName n, boolean leading, EditPlan plan) {
        int prev = tokens.previousCode(n.first() - 1);
        int next = tokens.nextCode(n.last() + 1);
        int start;
        int end;
        boolean after = tokens.isOp(next, ",") && (leading || !tokens.isOp(prev, ","));
        if (after) {
            start = tokens.offset(n.first());
            int following = tokens.nextCode(next + 1);
            end = tokens.kind(following).isCode() && !tokens.isOp(following, ")") ? tokens.offset(following) : tokens.end(next);
        } else if (tokens.isOp(prev, ",")) {
            start = tokens.offset(prev);
            end = tokens.end(n.last());
        } else {
            return false;
        }
        plan.offer(Edit.fixed(start, end, "imports", "", tokens.line(n.first())));
        return after;
    }

    /** Where a new import goes: into the first import block, else after the docstring and __future__ imports. */
    private static Placement placement(Module module, Requirement r, Set<Statement> removed, ImportOrder order) {
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
        // Patches first: an import the rewrite adds must not run before the module's monkey patching.
        int patch = lastPatchSite(tokens, top, i, r.boundName());
        if (patch >= 0) {
            header = top.get(patch);
            i = patch + 1;
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
            return intoBlock(module, top.subList(blockStart, blockEnd + 1), r, removed, order);
        }
        if (header != null) {
            return after(module, header, line, true);
        }
        if (top.isEmpty()) {
            int end = tokens.text().length();
            boolean open = end > 0 && !tokens.text().endsWith("\n") && !tokens.text().endsWith("\r");
            return new Placement(end, open, false, false, List.of(line), 1);
        }
        Statement first = top.get(0);
        int at = module.lineStart(tokens.offset(first.firstWithDecorators()));
        return new Placement(at, false, false, true, List.of(line), first.line());
    }

    /**
     * The index of the last top-level statement, before the first def or class, that monkey
     * patches (a {@code monkey_patch(...)} call, also under an if or try, or the import of a
     * project's {@code monkey_patch} module); -1 when there is none. A patch that uses the import
     * itself ({@code concurrency.monkey_patch()}) needs it before: the search stops there.
     */
    private static int lastPatchSite(TokenStream tokens, List<Statement> top, int from, String imported) {
        int last = -1;
        for (int k = from; k < top.size(); k++) {
            Statement s = top.get(k);
            if (s.kind() == StatementKind.DEF || s.kind() == StatementKind.CLASS) {
                break;
            }
            boolean patches = false;
            for (int t = s.first(); t <= s.lastDeep() && t < tokens.size(); t++) {
                if (tokens.isName(t, imported) && !s.kind().isImport() && !tokens.isOp(tokens.nextCode(t + 1), "=")) {
                    return last;
                }
                boolean called = tokens.isOp(tokens.nextCode(t + 1), "(");
                patches |= tokens.isName(t, "monkey_patch") && (called || s.kind().isImport());
            }
            if (patches) {
                last = k;
            }
        }
        return last;
    }

    /**
     * Puts the import into the block's standard-library group (the blank-line separated group
     * made mostly of stdlib modules), at its sorted place when the group is sorted, else at its
     * end. With no such group, a stdlib import opens a new first group; others join the last.
     */
    private static Placement intoBlock(Module module, List<Statement> block, Requirement r, Set<Statement> removed, ImportOrder configured) {
        TokenStream tokens = module.tokens();
        List<List<Statement>> groups = new ArrayList<>();
        int previousLine = -2;
        boolean newGroup = true;
        for (Statement s : block) {
            newGroup |= s.line() > previousLine + 1;
            previousLine = tokens.line(s.last());
            if (removed.contains(s)) {
                continue;
            }
            if (newGroup) {
                groups.add(new ArrayList<>());
                newGroup = false;
            }
            groups.get(groups.size() - 1).add(s);
        }
        if (groups.isEmpty()) {
            // Every import of the block goes away: the new ones take the place of the first.
            int at = module.lineStart(tokens.offset(block.get(0).first()));
            // A lone import between blank lines goes with the blank line after it: the new ones bring it back.
            boolean blankAfter = block.size() == 1 && StatementRemoval.takesBlankLineAfter(module, block.get(0));
            return new Placement(at, false, false, blankAfter, List.of(r.statementText()), block.get(0).line());
        }
        boolean stdlib = StandardLibrary.contains(r.module());
        List<Statement> target = null;
        if (stdlib) {
            int best = 0;
            for (List<Statement> g : groups) {
                int count = (int) g.stream().filter(s -> StandardLibrary.contains(moduleOf(tokens, s))).count();
                if (count * 2 > g.size() && count > best) {
                    best = count;
                    target = g;
                }
            }
            if (target == null) {
                int at = module.lineStart(tokens.offset(block.get(0).first()));
                return new Placement(at, false, false, true, List.of(r.statementText()), block.get(0).line());
            }
        } else {
            target = groups.get(groups.size() - 1);
            if (mostlyStandard(tokens, target)) {
                // A third-party or project import never joins the stdlib group: it opens its own after it.
                return after(module, target.get(target.size() - 1), r.statementText(), true);
            }
        }
        List<String> lines = target.stream().map(s -> tokens.textOf(s.first(), s.last()).replaceAll("[\\s()\\\\]+", " ").strip()).toList();
        ImportOrder order = new ImportGroups(List.of(lines)).order(configured);
        if (order != null && order.sorted(lines)) {
            java.util.Comparator<String> comparator = order.comparator();
            for (int k = 0; k < target.size(); k++) {
                if (comparator.compare(lines.get(k), r.statementText()) > 0) {
                    Statement s = target.get(k);
                    int at = module.lineStart(tokens.offset(s.first()));
                    return new Placement(at, false, false, false, List.of(r.statementText()), s.line());
                }
            }
        }
        return after(module, target.get(target.size() - 1), r.statementText(), false);
    }

    private static boolean mostlyStandard(TokenStream tokens, List<Statement> group) {
        long count = group.stream().filter(s -> StandardLibrary.contains(moduleOf(tokens, s))).count();
        return count * 2 > group.size();
    }

    /** The module an import statement imports from: 'a.b' for 'import a.b' and 'from a.b import c'. */
    private static String moduleOf(TokenStream tokens, Statement s) {
        StringBuilder name = new StringBuilder();
        for (int i = tokens.nextCode(s.first() + 1); i <= s.last(); i = tokens.nextCode(i + 1)) {
            if (tokens.isName(i, "import") || tokens.isName(i, "as") || tokens.isOp(i, ",")) {
                break;
            }
            name.append(tokens.text(i));
        }
        return name.toString();
    }

    private static Placement after(Module module, Statement s, String line, boolean blankLine) {
        TokenStream tokens = module.tokens();
        int k = s.lastDeep();
        while (k < tokens.size() - 1 && tokens.kind(k) != TokenKind.NEWLINE) {
            k++;
        }
        boolean open = !(tokens.kind(k) == TokenKind.NEWLINE && !tokens.text(k).isEmpty());
        return new Placement(tokens.end(k), open, blankLine, false, List.of(line), s.line());
    }

    private static boolean isDocstring(TokenStream tokens, Statement s) {
        return s.kind() == StatementKind.EXPRESSION && tokens.kind(s.first()) == TokenKind.STRING;
    }

    private static boolean isFuture(TokenStream tokens, Statement s) {
        return s.kind() == StatementKind.FROM_IMPORT && tokens.isName(tokens.nextCode(s.first() + 1), "__future__");
    }
}
