package dev.greenshift.cli;

import dev.greenshift.config.ProjectConfig;
import dev.greenshift.engine.Engine;
import dev.greenshift.engine.Migration;
import dev.greenshift.recipe.RecipeSet;
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

    @Option(names = "--verify", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Compile changed files with python3 (default: on when python3 is found).")
    boolean verify;

    /** The project configuration of the last {@link #run()}, for the command's own settings. */
    ProjectConfig config = ProjectConfig.NONE;

    /** Runs the selected recipes over the paths, or returns null after reporting configuration or recipe errors (exit 2). */
    Migration.Outcome run() throws IOException {
        ProjectConfig found = ProjectSettings.findOrReport(paths);
        if (found == null) {
            return null;
        }
        config = found;
        RecipeSet selected = recipes.loadOrReport(config, paths);
        return selected == null ? null : Migration.run(new Engine(selected), paths, verify);
    }
}
