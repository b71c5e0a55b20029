package dev.greenshift.cli;

import dev.greenshift.config.ProjectConfig;
import dev.greenshift.recipe.RecipeException;
import dev.greenshift.recipe.RecipeLoader;
import dev.greenshift.recipe.RecipeSet;
import dev.greenshift.recipe.RulesLocator;
import dev.greenshift.shim.NeutralModule;
import dev.greenshift.shim.ProjectLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** Which recipes a command uses: the bundled packs plus --rules directories, narrowed by --recipes. */
final class RecipeOptions {

    @Option(names = "--recipes", split = ",", paramLabel = "PACK|ID",
            description = "Recipe packs or recipe ids to use, comma-separated (default: every pack but those naming a parameter, such as neutral).")
    List<String> selection = new ArrayList<>();

    @Option(names = "--rules", paramLabel = "DIR", description = "Extra directory of recipe packs (repeatable).")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--no-bundled", description = "Do not load the bundled recipe packs.")
    boolean noBundled;

    @Option(names = "--neutral-module", paramLabel = "MODULE",
            description = "Module the neutral pack rewrites onto (default: neutral-module of [tool.greenshift] in pyproject.toml, "
                    + "else <top package>.concurrency).")
    String neutralModule;

    /** The selected recipes, or null after printing every load problem (the command then exits 2). */
    RecipeSet loadOrReport() {
        return loadOrReport(ProjectConfig.NONE, List.of());
    }

    /**
     * As {@link #loadOrReport()}, with the project's recipes and rules where no flag names them, and
     * parameters that depend on the project (the neutral module) read from its paths.
     */
    RecipeSet loadOrReport(ProjectConfig config, List<Path> projectPaths) {
        try {
            return load(config, projectPaths);
        } catch (RecipeException e) {
            e.problems().forEach(p -> System.err.println("greenshift: " + p));
            return null;
        }
    }

    RecipeSet load() throws RecipeException {
        return load(ProjectConfig.NONE, List.of());
    }

    /**
     * For listing and testing recipes: with no --recipes, every pack, also those that only run when
     * selected (neutral); null after printing load problems.
     */
    RecipeSet loadEveryPackOrReport() {
        try {
            return selection.isEmpty() ? loadUnselected(ProjectConfig.NONE, List.of()) : load();
        } catch (RecipeException e) {
            e.problems().forEach(p -> System.err.println("greenshift: " + p));
            return null;
        }
    }

    RecipeSet load(ProjectConfig config, List<Path> projectPaths) throws RecipeException {
        return loadUnselected(config, projectPaths).select(ProjectConfig.flagOr(selection, config.recipes()));
    }

    /** Every loaded recipe, before --recipes narrows them. */
    private RecipeSet loadUnselected(ProjectConfig config, List<Path> projectPaths) throws RecipeException {
        List<Path> dirs = new ArrayList<>();
        if (!noBundled) {
            dirs.add(RulesLocator.bundled());
        }
        dirs.addAll(ProjectConfig.flagOr(rules, config.rules()));
        if (neutralModule != null && !ProjectLayout.isDottedName(neutralModule)) {
            throw new RecipeException(List.of("--neutral-module '" + neutralModule + "' is not a dotted module name"));
        }
        String neutral = neutralModule != null ? neutralModule
                : config.neutralModule().orElseGet(() -> NeutralModule.forPaths(projectPaths));
        Map<String, String> settings = neutral == null ? Map.of() : Map.of(NeutralModule.PARAMETER, neutral);
        return RecipeLoader.load(dirs, settings);
    }
}
