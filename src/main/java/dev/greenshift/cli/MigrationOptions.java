package dev.greenshift.cli;

import dev.greenshift.config.ProjectConfig;
import dev.greenshift.engine.Engine;
import dev.greenshift.engine.Migration;
import dev.greenshift.recipe.RecipeSet;
import dev.greenshift.style.StyleReader;
import dev.greenshift.world.World;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What diff and apply share: the paths, the recipe selection, verification, and the run itself. */
final class MigrationOptions {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories.")
    List<Path> paths;

    @Mixin
    RecipeOptions recipes;

    @Mixin
    SelectionOptions selection;

    @Mixin
    RunOptions machine;

    @Option(names = "--verify", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Compile changed files with python3, but those that only gained comment lines (default: on when python3 is found).")
    boolean verify;

    @Option(names = "--verbose", description = "Also print, on stderr, the style read from each PATH's configuration (see 'greenshift style').")
    boolean verbose;

    @Option(names = "--world", paramLabel = "WORLD",
            description = "auto (default: each module's world from its entry points and their monkey patching), patched"
                    + " (every program that runs this code monkey patches first) or native (nothing green is left);"
                    + " default: world of [tool.greenshift] in pyproject.toml, else auto.")
    String world;

    /** The project configuration of the last {@link #run()}, for the command's own settings. */
    ProjectConfig config = ProjectConfig.NONE;

    /** The recipes the last {@link #run()} used. */
    RecipeSet selected;

    /** The world the last {@link #run()} stated for every module, or null where it analysed each. */
    World stated;

    /** Runs the selected recipes over the paths, or returns null after reporting configuration, recipe or usage errors (exit 2). */
    Migration.Outcome run() throws IOException {
        ProjectConfig found = ProjectSettings.findOrReport(paths);
        if (found == null) {
            return null;
        }
        config = found;
        try {
            stated = World.parseChoice(world != null ? world : config.world().map(ProjectConfig.World::key).orElse("auto"));
        } catch (IllegalArgumentException e) {
            System.err.println("greenshift: " + e.getMessage());
            return null;
        }
        if (verbose) {
            StyleReader styles = new StyleReader();
            for (Path path : paths) {
                System.err.print("style of " + path + ":\n" + styles.styleOf(path).describe().indent(2));
            }
        }
        dev.greenshift.engine.Timings.mark("start");
        selected = recipes.loadOrReport(config, paths);
        dev.greenshift.engine.Timings.mark("recipes loaded");
        if (selected == null) {
            return null;
        }
        dev.greenshift.engine.Progress progress = TerminalProgress.onStderr(machine.quiet);
        try {
            return machine.withJobs(() -> Migration.run(new Engine(selected), paths, selection.selection(config), verify, stated, progress));
        } catch (IllegalArgumentException e) {
            System.err.println("greenshift: " + e.getMessage());
            return null;
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            TerminalProgress.end(progress);
        }
    }
}
