package dev.greenshift.cli;

import dev.greenshift.config.ProjectConfig;
import dev.greenshift.recipe.RecipeException;
import dev.greenshift.recipe.RecipeLoader;
import dev.greenshift.recipe.RecipeSet;
import dev.greenshift.recipe.RulesLocator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Which recipes a command uses: the bundled packs plus --rules directories, narrowed by --recipes. */
final class RecipeOptions {

    @Option(names = "--recipes", split = ",", paramLabel = "PACK|ID",
            description = "Recipe packs or recipe ids to use, comma-separated (default: all).")
    List<String> selection = new ArrayList<>();

    @Option(names = "--rules", paramLabel = "DIR", description = "Extra directory of recipe packs (repeatable).")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--no-bundled", description = "Do not load the bundled recipe packs.")
    boolean noBundled;

    /** The selected recipes, or null after printing every load problem (the command then exits 2). */
    RecipeSet loadOrReport() {
        return loadOrReport(ProjectConfig.NONE);
    }

    /** As {@link #loadOrReport()}, with the project's recipes and rules where no flag names them. */
    RecipeSet loadOrReport(ProjectConfig config) {
        try {
            return load(config);
        } catch (RecipeException e) {
            e.problems().forEach(p -> System.err.println("greenshift: " + p));
            return null;
        }
    }

    RecipeSet load() throws RecipeException {
        return load(ProjectConfig.NONE);
    }

    RecipeSet load(ProjectConfig config) throws RecipeException {
        List<Path> dirs = new ArrayList<>();
        if (!noBundled) {
            dirs.add(RulesLocator.bundled());
        }
        dirs.addAll(ProjectConfig.flagOr(rules, config.rules()));
        return RecipeLoader.load(dirs).select(ProjectConfig.flagOr(selection, config.recipes()));
    }
}
