package dev.greenshift.engine;

import dev.greenshift.rewrite.Conflict;
import dev.greenshift.source.SourceFile;
import java.util.List;
import java.util.Map;

/**
 * What the engine made of one file: the output text, the edits applied per recipe, findings,
 * conflicts, an error when the output must not be written, and whether the file (as it will be
 * written) still imports a migrated library, which decides the requirements step. Printing a diff, writing the file
 * and reporting are separate consumers of this value.
 */
public record FileResult(SourceFile file, String output, Map<String, Integer> editsByRecipe, List<Finding> findings,
                         List<Conflict> conflicts, String error, boolean importsLibrary, LibraryUses uses) {

    public FileResult(SourceFile file, String output, Map<String, Integer> editsByRecipe, List<Finding> findings,
                      List<Conflict> conflicts, String error, boolean importsLibrary) {
        this(file, output, editsByRecipe, findings, conflicts, error, importsLibrary, LibraryUses.NONE);
    }

    public FileResult {
        uses = uses == null ? LibraryUses.NONE : uses;
        editsByRecipe = Map.copyOf(editsByRecipe);
        findings = List.copyOf(findings);
        conflicts = List.copyOf(conflicts);
    }

    public static FileResult unchanged(SourceFile file) {
        return new FileResult(file, file.text(), Map.of(), List.of(), List.of(), null, false);
    }

    public boolean changed() {
        return error == null && !output.equals(file.text());
    }

    public FileResult withError(String message) {
        return new FileResult(file, file.text(), editsByRecipe, findings, conflicts, message, true, uses);
    }
}
