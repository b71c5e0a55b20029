package dev.greenshift.engine;

import dev.greenshift.names.ImportedName;
import dev.greenshift.names.NameTable;
import dev.greenshift.recipe.Safety;
import dev.greenshift.rewrite.Requirements;
import dev.greenshift.source.ReadResult;
import dev.greenshift.source.SourceFile;
import dev.greenshift.source.SourceReader;
import dev.greenshift.syntax.Module;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The project-level step after the rewrite: when no Python file imports the library any more,
 * its line goes from the requirements files in the same change; while some still do, each
 * requirements line that names it is reported with how many files still use it.
 */
final class DependencyCleanup {
    static final String STEP = "requirements";
    private static final Set<String> SKIPPED_DIRS = Set.of(".git", ".hg", ".svn", "__pycache__", ".tox", "node_modules");

    private DependencyCleanup() {
    }

    static List<FileResult> run(Engine engine, List<Path> paths, List<FileResult> results, List<Finding> notes) throws IOException {
        boolean changedCode = results.stream().anyMatch(FileResult::changed);
        if (!changedCode) {
            return List.of();
        }
        long stillUsing = results.stream().filter(r -> importsLibrary(r.changed() ? r.output() : r.file().text(), engine)).count();
        List<FileResult> edited = new ArrayList<>();
        for (Path file : requirementFiles(paths)) {
            ReadResult read = SourceReader.read(file, dev.greenshift.source.FileDiscovery.display(file, Path.of("").toAbsolutePath()));
            if (!(read instanceof ReadResult.Read r)) {
                continue;
            }
            SourceFile source = r.file();
            for (String library : engine.roots()) {
                String without = Requirements.without(library, file.getFileName().toString(), source.text());
                if (without.equals(source.text())) {
                    continue;
                }
                if (stillUsing == 0) {
                    edited.add(new FileResult(source, without, Map.of(STEP, 1), List.of(), List.of(), null));
                } else {
                    notes.add(new Finding(source.displayPath(), lineOfFirstRemoval(source.text(), without), 0, STEP, Safety.REVIEW,
                            Finding.Kind.FLAG, library + " is still imported by " + stillUsing + " file(s): requirement kept"));
                }
            }
        }
        return edited;
    }

    private static boolean importsLibrary(String text, Engine engine) {
        if (!engine.couldMatch(text)) {
            return false;
        }
        for (ImportedName n : NameTable.of(Module.parse(text)).imports()) {
            if (engine.isLibrary(n.qualified())) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> requirementFiles(List<Path> paths) throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path root : paths) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root, 3)) {
                walk.filter(p -> Files.isRegularFile(p) && Requirements.isRequirementsFile(p.getFileName().toString()))
                        .filter(p -> root.relativize(p).toString().split("/").length <= 3)
                        .filter(p -> { for (Path part : root.relativize(p)) {
                                if (SKIPPED_DIRS.contains(part.toString())) {
                                    return false;
                                }
                            }
                            return true; })
                        .sorted()
                        .forEach(found::add);
            }
        }
        return found;
    }

    private static int lineOfFirstRemoval(String before, String after) {
        int i = 0;
        while (i < before.length() && i < after.length() && before.charAt(i) == after.charAt(i)) {
            i++;
        }
        return (int) before.substring(0, i).chars().filter(c -> c == '\n').count() + 1;
    }
}
