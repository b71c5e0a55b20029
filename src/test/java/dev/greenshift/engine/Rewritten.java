package dev.greenshift.engine;

import dev.greenshift.recipe.RecipeLoader;
import dev.greenshift.recipe.RecipeSet;
import dev.greenshift.source.ReadResult;
import dev.greenshift.source.SourceReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** One Python text through the bundled threading pack: the output and the findings, for before/after tests. */
record Rewritten(String text, List<Finding> findings) {
    private static RecipeSet threading;

    static Rewritten of(String before) {
        ReadResult read = SourceReader.decode(Path.of("case.py"), "case.py", before.getBytes(StandardCharsets.UTF_8));
        FileResult result = new Engine(pack()).processAlone(((ReadResult.Read) read).file());
        if (result.error() != null) {
            throw new AssertionError(result.error());
        }
        return new Rewritten(result.output(), result.findings());
    }

    static synchronized RecipeSet pack() {
        if (threading == null) {
            try {
                threading = RecipeLoader.load(List.of(Path.of("rules"))).select(List.of("threading"));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        return threading;
    }

    /** The findings as "line recipe: message", one per line. */
    String notes() {
        return findings.stream().map(f -> f.line() + " " + f.recipe() + ": " + f.message()).collect(Collectors.joining("\n"));
    }

    long notesOf(String recipe) {
        return findings.stream().filter(f -> f.recipe().equals(recipe)).count();
    }
}
