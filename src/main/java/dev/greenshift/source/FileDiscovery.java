package dev.greenshift.source;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the paths a user names into the Python files to process, in a stable order. A named file
 * is always taken; under a directory, every {@code *.py} file is, except inside VCS metadata and
 * bytecode caches. Directory symlinks are not followed (no cycles). Paths that do not exist or
 * cannot be listed come back as problems, and the walk goes on.
 */
public final class FileDiscovery {
    private static final Set<String> SKIPPED_DIRS = Set.of(".git", ".hg", ".svn", "__pycache__");

    public record Found(Path path, String displayPath) {
    }

    public record Result(List<Found> files, List<ReadResult.Unreadable> problems) {
    }

    private FileDiscovery() {
    }

    public static Result discover(List<Path> roots) {
        Path cwd = Path.of("").toAbsolutePath();
        TreeSet<String> seen = new TreeSet<>();
        List<Found> files = new ArrayList<>();
        List<ReadResult.Unreadable> problems = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(new ReadResult.Unreadable(root.toString(), "no such file or directory"));
                continue;
            }
            if (!Files.isDirectory(root)) {
                add(root, cwd, seen, files);
                continue;
            }
            List<Path> found = new ArrayList<>();
            // A symbolic link to a directory named by the user is walked (its own links still are not followed).
            Path start = Files.isSymbolicLink(root) ? root.resolve(".") : root;
            try {
                Files.walkFileTree(start, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        Path name = dir.getFileName();
                        if (!dir.equals(start) && name != null && SKIPPED_DIRS.contains(name.toString())) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile() && file.getFileName().toString().endsWith(".py")) {
                            found.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        problems.add(new ReadResult.Unreadable(display(file, cwd), "cannot read: " + reason(e)));
                        return FileVisitResult.CONTINUE;
                    }

                    /** A directory that cannot be listed is one problem; the walk goes on with its siblings. */
                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                        if (e != null) {
                            problems.add(new ReadResult.Unreadable(display(dir, cwd), "cannot list: " + reason(e)));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                problems.add(new ReadResult.Unreadable(root.toString(), "cannot list: " + e.getMessage()));
            }
            found.sort(null);
            for (Path p : found) {
                add(p, cwd, seen, files);
            }
        }
        return new Result(files, problems);
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemLoopException) {
            return "symbolic link loop";
        }
        return e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason() : e.getClass().getSimpleName();
    }

    private static void add(Path file, Path cwd, Set<String> seen, List<Found> files) {
        String display = display(file, cwd);
        if (seen.add(file.toAbsolutePath().normalize().toString())) {
            files.add(new Found(file, display));
        }
    }

    /** Paths are shown relative to the current directory when they are under it, as git shows them. */
    public static String display(Path file, Path cwd) {
        Path abs = file.toAbsolutePath().normalize();
        return slashes(abs.startsWith(cwd) ? cwd.relativize(abs).toString() : file.toString());
    }

    /** Windows separators become '/'; elsewhere a backslash is a character of the name and stays. */
    private static String slashes(String path) {
        return java.io.File.separatorChar == '\\' ? path.replace('\\', '/') : path;
    }
}
