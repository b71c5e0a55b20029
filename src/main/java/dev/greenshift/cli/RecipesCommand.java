package dev.greenshift.cli;

import dev.greenshift.recipe.Recipe;
import dev.greenshift.recipe.RecipeSet;
import dev.greenshift.recipe.RulesLocator;
import dev.greenshift.verify.GoldenCase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "recipes", mixinStandardHelpOptions = true,
        description = "List, show and test recipes.",
        subcommands = {RecipesCommand.ListRecipes.class, RecipesCommand.Show.class, RecipesCommand.Test.class})
final class RecipesCommand implements Runnable {

    @Override
    public void run() {
        picocli.CommandLine.usage(this, System.out);
    }

    static Path defaultGolden() {
        return RulesLocator.bundled().toAbsolutePath().getParent().resolve("golden");
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "One line per recipe: id, category, safety, summary.")
    static final class ListRecipes implements Callable<Integer> {
        @Mixin
        RecipeOptions options;

        @Override
        public Integer call() {
            RecipeSet set = options.loadEveryPackOrReport();
            if (set == null) {
                return 2;
            }
            int width = set.recipes().stream().mapToInt(r -> r.id().length()).max().orElse(10);
            for (Recipe r : set.recipes()) {
                System.out.printf("%-" + width + "s  %-20s  %-6s  %s%n", r.id(), r.category() == null ? "-" : r.category().slug(),
                        r.safety().name().toLowerCase(java.util.Locale.ROOT), r.summary());
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print one recipe as written, with its golden example.")
    static final class Show implements Callable<Integer> {
        @Parameters(paramLabel = "ID")
        String id;

        @Mixin
        RecipeOptions options;

        @Option(names = "--golden", paramLabel = "DIR", description = "Golden directory (default: the bundled golden/).")
        Path golden;

        @Override
        public Integer call() throws Exception {
            RecipeSet set = options.loadEveryPackOrReport();
            if (set == null) {
                return 2;
            }
            Recipe r = set.byId(id);
            if (r == null) {
                System.err.println("greenshift: unknown recipe: " + id);
                return 2;
            }
            System.out.println("# " + r.file() + ":" + r.line() + " (pack " + r.pack() + ")");
            System.out.println(r.source());
            for (GoldenCase c : GoldenCase.discover(golden == null ? defaultGolden() : golden)) {
                if (c.recipe().equals(id) && Files.exists(c.approved())) {
                    System.out.println();
                    System.out.println("# golden example: " + c.displayPath());
                    System.out.print(c.approvedText());
                    break;
                }
            }
            return 0;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Run every golden case (golden/<pack>/<recipe>/<case>.py) and compare with <case>.approved.diff.")
    static final class Test implements Callable<Integer> {
        @Mixin
        RecipeOptions options;

        @Option(names = "--golden", paramLabel = "DIR", description = "Golden directory (default: the bundled golden/).")
        Path golden;

        @Override
        public Integer call() throws Exception {
            RecipeSet set = options.loadEveryPackOrReport();
            if (set == null) {
                return 2;
            }
            List<GoldenCase> cases = GoldenCase.discover(golden == null ? defaultGolden() : golden);
            int passed = 0;
            int failed = 0;
            for (GoldenCase c : cases) {
                if (set.recipes().stream().noneMatch(r -> r.pack().equals(c.pack()))) {
                    continue;
                }
                String got = c.run(set).text();
                String want = c.approvedText();
                if (got.equals(want)) {
                    passed++;
                    System.out.println("PASS " + c.pack() + "/" + c.displayPath());
                } else {
                    failed++;
                    Files.writeString(c.received(), got);
                    System.out.println("FAIL " + c.pack() + "/" + c.displayPath() + (want == null ? " (no approved file)" : "")
                            + ": wrote " + c.received());
                }
            }
            System.out.println(passed + " passed, " + failed + " failed");
            return failed == 0 ? 0 : 1;
        }
    }
}
