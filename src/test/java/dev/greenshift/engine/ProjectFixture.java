package dev.greenshift.engine;

import dev.greenshift.recipe.RecipeLoader;
import dev.greenshift.recipe.RecipeSet;
import dev.greenshift.world.World;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A whole fixture project written to a directory and migrated with the threading pack, as `diff` would. */
final class ProjectFixture {
    private static RecipeSet threading;

    private ProjectFixture() {
    }

    static synchronized RecipeSet threading() {
        if (threading == null) {
            try {
                threading = RecipeLoader.load(List.of(Path.of("rules"))).select(List.of("threading"));
            } catch (Exception e) {
                throw new IllegalStateException("the threading pack does not load", e);
            }
        }
        return threading;
    }

    /** Writes {@code files} (relative path to text) under {@code dir} and migrates it; {@code stated} null analyses the worlds. */
    static Migration.Outcome run(Path dir, Map<String, String> files, World stated) {
        try {
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path p = dir.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.getValue());
            }
            return Migration.run(new Engine(threading()), List.of(dir), dev.greenshift.source.Selection.DEFAULT, false, stated);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The result for the one file whose path ends with {@code suffix}. */
    static FileResult result(Migration.Outcome o, String suffix) {
        return o.results().stream().filter(r -> r.file().displayPath().endsWith(suffix)).findFirst().orElseThrow();
    }
}
