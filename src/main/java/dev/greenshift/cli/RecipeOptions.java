package dev.greenshift.cli;

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
        try {
            return load();
        } catch (RecipeException e) {
            e.problems().forEach(p -> System.err.println("greenshift: " + p));
            return null;
        }
    }

    RecipeSet load() throws RecipeException {
        List<Path> dirs = new ArrayList<>();
        if (!noBundled) {
            dirs.add(RulesLocator.bundled());
        }
        dirs.addAll(rules);
        return RecipeLoader.load(dirs).select(selection);
    }
}
