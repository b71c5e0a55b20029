package dev.greenshift.cli;

import dev.greenshift.engine.Engine;
import dev.greenshift.engine.Migration;
import dev.greenshift.recipe.RecipeSet;
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

    @Option(names = "--verify", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Compile changed files with python3 (default: on when python3 is found).")
    boolean verify;

    @Option(names = "--world", paramLabel = "WORLD", defaultValue = "auto",
            description = "auto (default: each module's world from its entry points and their monkey patching), patched"
                    + " (every program that runs this code monkey patches first) or native (nothing green is left).")
    String world;

    /** Runs the selected recipes over the paths, or returns null after reporting recipe or usage errors (exit 2). */
    Migration.Outcome run() throws IOException {
        World stated;
        try {
            stated = World.parseChoice(world);
        } catch (IllegalArgumentException e) {
            System.err.println("greenshift: " + e.getMessage());
            return null;
        }
        RecipeSet selected = recipes.loadOrReport();
        return selected == null ? null : Migration.run(new Engine(selected), paths, verify, stated);
    }
}
