package dev.greenshift.engine;

import dev.greenshift.lex.Token;
import dev.greenshift.match.Match;
import dev.greenshift.match.Matcher;
import dev.greenshift.match.Pattern;
import dev.greenshift.names.NameTable;
import dev.greenshift.recipe.Recipe;
import dev.greenshift.recipe.RecipeCase;
import dev.greenshift.recipe.RecipeSet;
import dev.greenshift.recipe.Requirement;
import dev.greenshift.recipe.Safety;
import dev.greenshift.rewrite.Conflict;
import dev.greenshift.rewrite.Edit;
import dev.greenshift.rewrite.EditPlan;
import dev.greenshift.rewrite.ImportFixer;
import dev.greenshift.rewrite.Suppressions;
import dev.greenshift.source.LineEndings;
import dev.greenshift.source.SourceFile;
import dev.greenshift.syntax.Module;
import dev.greenshift.syntax.Statement;
import dev.greenshift.syntax.SyntaxLimitException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the selected recipes over one file: match, one edit plan (recipe order settles overlaps),
 * render, then fix imports. Pure: reads nothing from disk and writes nothing, so the CLI and tests
 * share it. One Engine serves many files and threads.
 */
public final class Engine {
    private final RecipeSet recipes;
    private final Matcher matcher;
    /** For each compiled pattern: which recipe and case it came from. */
    private final List<int[]> origin = new ArrayList<>();
    private final Set<String> roots;

    public Engine(RecipeSet recipes) {
        this.recipes = recipes;
        List<Pattern> patterns = new ArrayList<>();
        for (int r = 0; r < recipes.recipes().size(); r++) {
            List<RecipeCase> cases = recipes.recipes().get(r).cases();
            for (int c = 0; c < cases.size(); c++) {
                patterns.add(cases.get(c).pattern());
                origin.add(new int[] {r, c});
            }
        }
        this.matcher = new Matcher(patterns, recipes::canonical);
        this.roots = matcher.roots();
    }

    public FileResult process(SourceFile file) {
        if (!matcher.couldMatch(file.text())) {
            return FileResult.unchanged(file);
        }
        try {
            return rewrite(file);
        } catch (SyntaxLimitException e) {
            return FileResult.unchanged(file).withError(e.line() + ":" + e.column() + ": " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return FileResult.unchanged(file).withError("internal error: " + e);
        }
    }

    private FileResult rewrite(SourceFile file) {
        String text = file.text();
        Module module = Module.parse(text);
        NameTable names = NameTable.of(module);
        List<Match> matches = new ArrayList<>(matcher.match(module, names));
        matches.sort((a, b) -> {
            int[] oa = origin.get(a.pattern());
            int[] ob = origin.get(b.pattern());
            if (oa[0] != ob[0]) {
                return Integer.compare(oa[0], ob[0]);
            }
            if (oa[1] != ob[1]) {
                return Integer.compare(oa[1], ob[1]);
            }
            return Integer.compare(a.start(), b.start());
        });
        Suppressions suppressions = Suppressions.of(module.tokens());
        EditPlan plan = new EditPlan();
        Map<Edit, Recipe> owners = new LinkedHashMap<>();
        Set<String> claimed = new HashSet<>();
        List<Finding> findings = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();
        Map<String, Integer> edits = new LinkedHashMap<>();
        List<Requirement> requires = new ArrayList<>();
        for (Match m : matches) {
            int[] o = origin.get(m.pattern());
            Recipe recipe = recipes.recipes().get(o[0]);
            RecipeCase rc = recipe.cases().get(o[1]);
            if (suppressions.suppresses(recipe.id(), m.line(), lastLine(module, m.statement()))) {
                continue;
            }
            if (!claimed.add(recipe.id() + "@" + m.anchor())) {
                continue;
            }
            String message = rc.flag() != null && rc.flag().message() != null ? rc.flag().message() : recipe.message();
            if (rc.template() != null) {
                Edit edit = new Edit(m.start(), m.end(), recipe.id(), rc.template(), m.bindings(),
                        indentation(m.statement()), LineEndings.at(text, m.start()), null, m.line());
                Edit winner = plan.offer(edit);
                if (winner != null) {
                    conflicts.add(new Conflict(file.displayPath(), m.line(), recipe.id(), owners.get(winner) == null ? winner.recipe() : owners.get(winner).id()));
                    continue;
                }
                owners.put(edit, recipe);
                keepDroppedComments(module, m, recipe.id(), plan);
                edits.merge(recipe.id(), 1, Integer::sum);
                requires.addAll(recipe.requires());
                if (recipe.safety() != Safety.SAFE || rc.flag() != null) {
                    findings.add(new Finding(file.displayPath(), m.line(), m.column(), recipe.id(), recipe.safety(), Finding.Kind.REVIEW, message));
                }
            } else {
                findings.add(new Finding(file.displayPath(), m.line(), m.column(), recipe.id(), recipe.safety(), Finding.Kind.FLAG, message));
                if (rc.flag() != null && rc.flag().todo() && m.statement() != null) {
                    Edit todo = todoComment(module, m.statement(), message, recipe.id());
                    if (todo != null) {
                        plan.offer(todo);
                    }
                }
            }
        }
        findings.sort(java.util.Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column));
        if (plan.isEmpty()) {
            return new FileResult(file, text, edits, findings, conflicts, null);
        }
        String rewritten = plan.render(text);
        ImportFixer.Result fixed = ImportFixer.fix(module, rewritten, roots, requires, file.lineEnding());
        FileResult result = new FileResult(file, fixed.text(), edits, findings, conflicts, null);
        return fixed.problem() == null ? result : result.withError(fixed.problem());
    }

    /**
     * A template re-lays the code it replaces; comments between the bound pieces would vanish.
     * They move, unchanged, to lines of their own above the statement.
     */
    private static void keepDroppedComments(Module module, Match m, String recipe, EditPlan plan) {
        if (m.statement() == null) {
            return;
        }
        String text = module.tokens().text();
        Token first = module.tokens().get(m.statement().firstWithDecorators());
        int lineStart = module.lineStart(first.offset());
        String indentation = text.substring(lineStart, first.offset()).isBlank() ? m.statement().indentation() : "";
        for (Token t : module.tokens().tokens()) {
            if (t.offset() >= m.end()) {
                break;
            }
            if (t.kind() != dev.greenshift.lex.TokenKind.COMMENT || t.offset() < m.start() || insideBinding(m, t.offset())) {
                continue;
            }
            plan.offer(Edit.fixed(lineStart, lineStart, recipe,
                    indentation + t.text().strip() + LineEndings.at(text, first.offset()), t.line()));
        }
    }

    private static boolean insideBinding(Match m, int offset) {
        for (List<dev.greenshift.match.Span> spans : m.bindings().values()) {
            for (dev.greenshift.match.Span s : spans) {
                if (s.start() <= offset && offset < s.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int lastLine(Module module, Statement s) {
        if (s == null) {
            return -1;
        }
        Token last = module.tokens().get(s.last());
        return last.line();
    }

    private static String indentation(Statement s) {
        return s == null ? "" : s.indentation();
    }

    /** A '# TODO(greenshift): ...' line above the statement, unless the line above already says it. */
    private static Edit todoComment(Module module, Statement s, String message, String recipe) {
        String text = module.tokens().text();
        Token first = module.tokens().get(s.firstWithDecorators());
        int lineStart = module.lineStart(first.offset());
        if (!text.substring(lineStart, first.offset()).isBlank()) {
            return null;
        }
        String comment = "# TODO(greenshift): " + (message == null ? recipe : message);
        int previousLineEnd = lineStart;
        if (previousLineEnd > 0) {
            int previousStart = module.lineStart(previousLineEnd - 1);
            if (text.substring(previousStart, previousLineEnd).trim().equals(comment)) {
                return null;
            }
        }
        String eol = LineEndings.at(text, first.offset());
        return Edit.fixed(lineStart, lineStart, recipe, s.indentation() + comment + eol, first.line());
    }
}
