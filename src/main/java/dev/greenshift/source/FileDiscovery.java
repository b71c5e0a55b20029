package dev.greenshift.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the paths a user names into the files to process, in a stable order. A named file is taken
 * unless an exclude glob matches it; under a directory, the files the {@link Selection} takes are,
 * except inside VCS metadata and bytecode caches, files git ignores, and binary files (a NUL byte in
 * the first 8000 bytes, git's own test). Symlinks are followed while they stay inside the directory
 * named (one that leaves it is skipped, a loop is never entered), and a file reached by two names is
 * taken once. Paths that do not exist or cannot be listed come back as problems, and the walk goes on.
 */
public final class FileDiscovery {
    private static final Set<String> SKIPPED_DIRS = Set.of(".git", ".hg", ".svn", "__pycache__");
    private static final int BINARY_SNIFF_BYTES = 8000;

    public record Found(Path path, String displayPath) {
    }

    public record Result(List<Found> files, List<ReadResult.Unreadable> problems) {
    }

    /** A file the walk takes, with its real path when the walk already knows it (null: ask the file system). */
    private record Walked(Path path, String identity) implements Comparable<Walked> {
        @Override
        public int compareTo(Walked other) {
            return path.compareTo(other.path);
        }
    }

    private FileDiscovery() {
    }

    public static Result discover(List<Path> roots) {
        return discover(roots, Selection.DEFAULT);
    }

    public static Result discover(List<Path> roots, Selection selection) {
        Path cwd = Path.of("").toAbsolutePath();
        Set<String> seen = new HashSet<>();
        List<Found> files = new ArrayList<>();
        List<ReadResult.Unreadable> problems = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(new ReadResult.Unreadable(root.toString(), "no such file or directory"));
                continue;
            }
            if (!Files.isDirectory(root)) {
                Path abs = root.toAbsolutePath().normalize();
                Path parent = abs.getParent() == null ? abs : abs.getParent();
                if (verdict(selection.exclude(), parent, abs, false) != IgnoreFile.Verdict.MATCHED) {
                    add(root, identity(root), cwd, seen, files);
                }
                continue;
            }
            List<Walked> found = new ArrayList<>();
            try {
                Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                        new Walk(root, selection, found, problems, cwd));
            } catch (IOException e) {
                problems.add(new ReadResult.Unreadable(root.toString(), "cannot list: " + e.getMessage()));
            }
            found.sort(null);
            for (Walked w : found) {
                add(w.path(), w.identity() != null ? w.identity() : identity(w.path()), cwd, seen, files);
            }
        }
        return new Result(files, problems);
    }

    /**
     * A directory the walk is inside.
     *
     * @param hasIgnoreFile its .gitignore is on the stack of ignore files in force
     * @param throughLink   a symbolic link is on the way to it from the root
     * @param include       the include globs' verdict on it or, when they say nothing, on the nearest
     *                      directory above it (below the root) they decide: a file none of them names is
     *                      taken when its directory is
     */
    private record Entered(boolean hasIgnoreFile, boolean throughLink, IgnoreFile.Verdict include) {
    }

    /** One directory walk: the ignore files in force form a stack, one entry per directory entered. */
    private static final class Walk extends SimpleFileVisitor<Path> {
        private final Path root;
        private final Path absRoot;
        private final Path realRoot;
        private final Selection selection;
        private final List<Walked> found;
        private final List<ReadResult.Unreadable> problems;
        private final Path cwd;
        private final Deque<IgnoreFile> ignores = new ArrayDeque<>();
        private final Deque<Entered> entered = new ArrayDeque<>();
        private final byte[] sniffed = new byte[BINARY_SNIFF_BYTES];

        Walk(Path root, Selection selection, List<Walked> found, List<ReadResult.Unreadable> problems, Path cwd) throws IOException {
            this.root = root;
            this.absRoot = root.toAbsolutePath().normalize();
            this.realRoot = root.toRealPath();
            this.selection = selection;
            this.found = found;
            this.problems = problems;
            this.cwd = cwd;
            if (selection.gitignore()) {
                ignoresAbove();
            }
        }

        /**
         * Git's global excludes file, the repository's info/exclude (in a linked worktree or submodule, whose
         * .git is a file naming its git directory, the one of that directory's common repository), and the
         * .gitignore files from the repository top down to the root's parent; later ones decide first.
         */
        private void ignoresAbove() {
            Path top = absRoot;
            while (top != null && !Files.exists(top.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
                top = top.getParent();
            }
            if (top == null) {
                return;
            }
            IgnoreFile global = GitExcludes.global(top);
            if (global != null) {
                ignores.push(new IgnoreFile(top, global.globs()));
            }
            Path common = GitExcludes.commonDir(top.resolve(".git"));
            IgnoreFile exclude = common == null ? null : IgnoreFile.read(common.resolve("info"), "exclude");
            if (exclude != null) {
                ignores.push(new IgnoreFile(top, exclude.globs()));
            }
            List<Path> chain = new ArrayList<>();
            for (Path d = absRoot.getParent(); d != null && d.startsWith(top); d = d.getParent()) {
                chain.add(0, d);
            }
            for (Path d : chain) {
                IgnoreFile f = IgnoreFile.read(d, ".gitignore");
                if (f != null) {
                    ignores.push(f);
                }
            }
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            boolean link = false;
            IgnoreFile.Verdict include = IgnoreFile.Verdict.UNDECIDED;
            if (!dir.equals(root)) {
                Path name = dir.getFileName();
                if (name != null && SKIPPED_DIRS.contains(name.toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                link = Files.isSymbolicLink(dir);
                if ((link && leavesRoot(dir)) || excluded(dir, true) || ignored(dir, true)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                include = verdict(selection.include(), absRoot, dir.toAbsolutePath().normalize(), true);
                if (include == IgnoreFile.Verdict.UNDECIDED) {
                    include = entered.peek().include();
                }
                link |= entered.peek().throughLink();
            }
            IgnoreFile here = selection.gitignore() ? IgnoreFile.read(dir.toAbsolutePath().normalize(), ".gitignore") : null;
            if (here != null) {
                ignores.push(here);
            }
            entered.push(new Entered(here != null, link, include));
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (!entered.isEmpty() && entered.pop().hasIgnoreFile()) {
                ignores.pop();
            }
            // A directory that cannot be listed is one problem; the walk goes on with its siblings.
            if (e != null) {
                problems.add(new ReadResult.Unreadable(display(dir, cwd), "cannot list: " + reason(e)));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (!attrs.isRegularFile()) {
                return FileVisitResult.CONTINUE;
            }
            Path abs = file.toAbsolutePath().normalize();
            if (!included(abs) || excluded(abs, false) || ignored(abs, false)) {
                return FileVisitResult.CONTINUE;
            }
            boolean link = Files.isSymbolicLink(file);
            if ((link && leavesRoot(file)) || isBinary(file, attrs.size(), sniffed)) {
                return FileVisitResult.CONTINUE;
            }
            found.add(new Walked(file, link || entered.peek().throughLink() ? null : realName(file)));
            return FileVisitResult.CONTINUE;
        }

        /**
         * The real path of a file reached through no symbolic link: the root's real path and the names below
         * it, one per directory entered. Asking the file system instead costs a readlink per name of the path,
         * and was a sixth of the walk.
         */
        private String realName(Path file) {
            int below = entered.size();
            return realRoot.resolve(file.subpath(file.getNameCount() - below, file.getNameCount())).toString();
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (e instanceof FileSystemLoopException) {
                return FileVisitResult.CONTINUE; // a link back to a directory being walked: its files are taken once already
            }
            problems.add(new ReadResult.Unreadable(display(file, cwd), "cannot read: " + reason(e)));
            return FileVisitResult.CONTINUE;
        }

        /** {@code link}: a symbolic link, whose target may lie outside the root. */
        private boolean leavesRoot(Path link) {
            try {
                return !link.toRealPath().startsWith(realRoot);
            } catch (IOException e) {
                return true;
            }
        }

        /** {@code abs}: a file of the directory the walk is in. */
        private boolean included(Path abs) {
            IgnoreFile.Verdict v = verdict(selection.include(), absRoot, abs, false);
            return (v == IgnoreFile.Verdict.UNDECIDED ? entered.peek().include() : v) == IgnoreFile.Verdict.MATCHED;
        }

        private boolean excluded(Path path, boolean isDirectory) {
            return verdict(selection.exclude(), absRoot, path.toAbsolutePath().normalize(), isDirectory) == IgnoreFile.Verdict.MATCHED;
        }

        /** The deepest .gitignore with a matching pattern decides, as in git. */
        private boolean ignored(Path path, boolean isDirectory) {
            if (!selection.gitignore()) {
                return false;
            }
            Path abs = path.toAbsolutePath().normalize();
            for (IgnoreFile f : ignores) {
                IgnoreFile.Verdict v = f.check(abs, isDirectory);
                if (v != IgnoreFile.Verdict.UNDECIDED) {
                    return v == IgnoreFile.Verdict.MATCHED;
                }
            }
            return false;
        }
    }

    /**
     * A glob list's verdict on a path, relative to the list's base; a path outside that base (a PATH
     * outside the current directory, for flags) is matched relative to the directory being walked.
     */
    private static IgnoreFile.Verdict verdict(IgnoreFile list, Path walkRoot, Path abs, boolean isDirectory) {
        if (list.isEmpty()) {
            return IgnoreFile.Verdict.UNDECIDED;
        }
        if (abs.startsWith(list.base()) && !abs.equals(list.base())) {
            return list.check(abs, isDirectory);
        }
        if (abs.startsWith(walkRoot) && !abs.equals(walkRoot)) {
            return list.check(IgnoreFile.relative(walkRoot, abs), isDirectory);
        }
        return list.check(abs.getFileName() == null ? abs.toString() : abs.getFileName().toString(), isDirectory);
    }

    /**
     * {@code head}: a buffer of {@link #BINARY_SNIFF_BYTES} the walk reuses for every file it sniffs;
     * {@code size}: the file's size as the walk saw it. Reading no further than that spares a read that
     * would only say end of file, and an empty file (an eighth of a project's modules are empty
     * {@code __init__.py} files) is not opened at all.
     */
    private static boolean isBinary(Path file, long size, byte[] head) {
        int wanted = (int) Math.min(size, head.length);
        if (wanted == 0) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            int n = 0;
            for (int r; n < wanted && (r = in.read(head, n, wanted - n)) > 0; ) {
                n += r;
            }
            for (int i = 0; i < n; i++) {
                if (head[i] == 0) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false; // the reader reports why it cannot be read
        }
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

    private static void add(Path file, String identity, Path cwd, Set<String> seen, List<Found> files) {
        if (seen.add(identity)) {
            files.add(new Found(file, display(file, cwd)));
        }
    }

    /** The real path when it can be had, so a file reached through a link inside the root is taken once. */
    private static String identity(Path file) {
        try {
            return file.toRealPath().toString();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize().toString();
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
