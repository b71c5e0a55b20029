package dev.greenshift.engine;

import dev.greenshift.match.Context;
import dev.greenshift.match.Matcher;
import dev.greenshift.match.Pattern;
import dev.greenshift.names.ProjectNames;
import dev.greenshift.recipe.Condition;
import dev.greenshift.recipe.Recipe;
import dev.greenshift.recipe.RecipeCase;
import dev.greenshift.recipe.RecipeSet;
import dev.greenshift.rewrite.ImportRenamer;
import dev.greenshift.source.SourceFile;
import dev.greenshift.syntax.Module;
import dev.greenshift.syntax.SyntaxLimitException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the selected recipes over one file: match, one edit plan (recipe order settles overlaps),
 * render, then fix imports. Pure: reads nothing from disk and writes nothing, so the CLI and tests
 * share it. One Engine serves many files and threads; the per-file work is a {@link FileRewrite}.
 */
public final class Engine {
    private final RecipeSet recipes;
    private final Matcher matcher;
    /** For each compiled pattern: which recipe and case it came from. */
    private final List<int[]> origin = new ArrayList<>();
    private final Map<String, ImportRenamer.Rename> renames = new HashMap<>();
    private final Set<String> roots;
    private final Set<String> needles = new java.util.HashSet<>();
    private final Set<String> runDependentKeys = new java.util.HashSet<>();
    /** The project's other modules, for questions about subclasses and importers ({@link ProjectNames}). */
    private ProjectNames project = ProjectNames.NONE;

    public Engine(RecipeSet recipes) {
        this.recipes = recipes;
        List<Pattern> patterns = new ArrayList<>();
        for (int r = 0; r < recipes.recipes().size(); r++) {
            Recipe recipe = recipes.recipes().get(r);
            List<RecipeCase> cases = recipe.cases();
            for (int c = 0; c < cases.size(); c++) {
                RecipeCase rc = cases.get(c);
                patterns.add(rc.pattern());
                origin.add(new int[] {r, c});
                if (rc.pattern().context() == Context.IMPORT && rc.template() != null) {
                    renames.putIfAbsent(recipes.canonical(rc.pattern().key()), new ImportRenamer.Rename(rc.template().text().trim(), recipe.id(),
                            rc.conditions().stream().anyMatch(x -> x instanceof Condition.Alone)));
                }
                if (rc.conditions().stream().anyMatch(x -> x instanceof Condition.Ran)) {
                    runDependentKeys.add(rc.pattern().key());
                }
            }
        }
        this.matcher = new Matcher(patterns, recipes::canonical);
        this.roots = matcher.roots();
    }

    /** True when a case for this file waits on what recipes did in the whole run ({@code where ran ...}). */
    public boolean dependsOnRun(SourceFile file) {
        for (String key : runDependentKeys) {
            if (file.text().contains(key)) {
                return true;
            }
        }
        return false;
    }

    /** Rewrites one file as a project of its own: {@code where ran} sees what this file's own rewrite did. */
    public FileResult processAlone(SourceFile file) {
        FileResult first = process(file);
        return dependsOnRun(file) ? process(file, first.editsByRecipe().keySet()) : first;
    }

    /** Rewrites one file as if no other file had been seen ({@code where ran} conditions are false). */
    public FileResult process(SourceFile file) {
        return process(file, Set.of());
    }

    /** Rewrites one file, knowing which recipes made edits elsewhere in the run. */
    public FileResult process(SourceFile file, Set<String> ranInProject) {
        return process(file, ranInProject, null);
    }

    /** As {@link #process(SourceFile, Set)}, reusing the file's parsed module when the caller has it. */
    FileResult process(SourceFile file, Set<String> ranInProject, Module parsed) {
        if (!couldMatch(file.text())) {
            return FileResult.unchanged(file);
        }
        try {
            return new FileRewrite(this, file, ranInProject, parsed == null ? Module.parse(file.text()) : parsed).run();
        } catch (SyntaxLimitException e) {
            return FileResult.unchanged(file).withError(e.line() + ":" + e.column() + ": " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return FileResult.unchanged(file).withError("internal error: " + e);
        }
    }

    RecipeSet recipes() {
        return recipes;
    }

    /** The project's own re-exports of library names, as aliases (module.name = library name). */
    public static Map<String, String> projectAliases(RecipeSet recipes, List<SourceFile> files) {
        return ProjectIndex.of(files, new Engine(recipes)).aliases();
    }

    /** This engine, also resolving a project's own re-exports of library names (found by {@link ProjectIndex}). */
    Engine withProjectAliases(ProjectIndex index) {
        Engine extended = index.aliases().isEmpty() ? new Engine(recipes) : new Engine(recipes.withAliases(index.aliases()));
        extended.needles.addAll(index.needles());
        extended.project = index.names();
        return extended;
    }

    ProjectNames project() {
        return project;
    }

    /** Cheap pre-check: a file that mentions no library root and no re-exporting module cannot match. */
    boolean couldMatch(String text) {
        if (matcher.couldMatch(text)) {
            return true;
        }
        for (String needle : needles) {
            if (text.contains(needle)) {
                return true;
            }
        }
        return false;
    }

    /** True when a qualified name (after aliases) belongs to a migrated library. */
    public boolean isLibrary(String qualified) {
        return roots.contains(recipes.canonical(qualified).split("\\.")[0]);
    }

    Matcher matcher() {
        return matcher;
    }

    Recipe recipeOf(int pattern) {
        return recipes.recipes().get(origin.get(pattern)[0]);
    }

    RecipeCase caseOf(int pattern) {
        int[] o = origin.get(pattern);
        return recipes.recipes().get(o[0]).cases().get(o[1]);
    }

    /** Sort key of a pattern: recipe order, then case order. */
    long orderOf(int pattern) {
        int[] o = origin.get(pattern);
        return ((long) o[0] << 20) | o[1];
    }

    Map<String, ImportRenamer.Rename> renames() {
        return renames;
    }

    Set<String> roots() {
        return roots;
    }
}
