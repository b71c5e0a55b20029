package dev.greenshift.engine;

import dev.greenshift.recipe.Safety;
import dev.greenshift.rewrite.Requirements;
import dev.greenshift.source.ReadResult;
import dev.greenshift.source.SourceFile;
import dev.greenshift.source.SourceReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        long stillUsing = results.stream().filter(FileResult::importsLibrary).count();
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
                    edited.add(new FileResult(source, without, Map.of(STEP, 1), List.of(), List.of(), null, false));
                } else {
                    notes.add(new Finding(source.displayPath(), lineOfFirstRemoval(source.text(), without), 0, STEP, Safety.REVIEW,
                            Finding.Kind.FLAG, library + " is still imported by " + stillUsing + " file(s): requirement kept"));
                }
            }
        }
        return edited;
    }

    /** Requirements files up to three levels under each directory; what cannot be listed is passed over. */
    private static List<Path> requirementFiles(List<Path> paths) {
        List<Path> found = new ArrayList<>();
        for (Path root : paths) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            Path start = Files.isSymbolicLink(root) ? root.resolve(".") : root;
            try {
                Files.walkFileTree(start, java.util.EnumSet.noneOf(java.nio.file.FileVisitOption.class), 3, new java.nio.file.SimpleFileVisitor<>() {
                    @Override
                    public java.nio.file.FileVisitResult preVisitDirectory(Path dir, java.nio.file.attribute.BasicFileAttributes attrs) {
                        Path name = dir.getFileName();
                        return !dir.equals(start) && name != null && SKIPPED_DIRS.contains(name.toString())
                                ? java.nio.file.FileVisitResult.SKIP_SUBTREE : java.nio.file.FileVisitResult.CONTINUE;
                    }

                    @Override
                    public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs) {
                        if (attrs.isRegularFile() && Requirements.isRequirementsFile(file.getFileName().toString())) {
                            found.add(file);
                        }
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }

                    @Override
                    public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }

                    @Override
                    public java.nio.file.FileVisitResult postVisitDirectory(Path dir, IOException e) {
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                // Discovery reports paths it cannot list; requirements there are simply not cleaned.
            }
        }
        found.sort(null);
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
