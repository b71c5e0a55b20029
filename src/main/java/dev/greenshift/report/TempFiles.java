package dev.greenshift.report;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temp files greenshift writes next to the files it replaces. Their names are short (a
 * 255-byte file name still gets one) and carry the writing process's id, so that a later run can
 * tell a file left by a killed run from one a running greenshift is still writing. Live ones are
 * deleted by a shutdown hook on SIGTERM/SIGINT; after SIGKILL the next {@code apply} sweeps them.
 */
public final class TempFiles {
    static final String SUFFIX = ".greenshift.tmp";
    /** {@code .<pid>.<random>.greenshift.tmp}; older releases wrote {@code .<name>.<random>.greenshift.tmp}. */
    private static final Pattern OURS = Pattern.compile("\\.(?:(\\d+)\\.\\d+|.+)\\.greenshift\\.tmp");
    private static final Set<String> SKIPPED_DIRS = Set.of(".git", ".hg", ".svn", "__pycache__", "node_modules");
    private static final Set<Path> LIVE = new HashSet<>();
    private static boolean shuttingDown;
    private static boolean hooked;

    private TempFiles() {
    }

    /** A new empty temp file in {@code dir}, deleted if the JVM is stopped before {@link #release}. */
    static synchronized Path create(Path dir) throws IOException {
        if (shuttingDown) {
            throw new IOException("greenshift is stopping");
        }
        if (!hooked) {
            Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::deleteLive, "greenshift-temp-cleanup"));
            hooked = true;
        }
        Path temp = Files.createTempFile(dir, "." + ProcessHandle.current().pid() + ".", SUFFIX);
        LIVE.add(temp);
        return temp;
    }

    /** Deletes the temp file if it is still there (it was not renamed) and forgets it. */
    static void release(Path temp) throws IOException {
        try {
            Files.deleteIfExists(temp);
        } finally {
            synchronized (TempFiles.class) {
                LIVE.remove(temp);
            }
        }
    }

    private static synchronized void deleteLive() {
        shuttingDown = true;
        for (Path p : LIVE) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // Nothing more can be done while the JVM stops; the next run sweeps it.
            }
        }
        LIVE.clear();
    }

    /** True for a temp file name of ours whose writer is no longer running. */
    static boolean isStale(String fileName) {
        Matcher m = OURS.matcher(fileName);
        if (!m.matches()) {
            return false;
        }
        if (m.group(1) == null) {
            return true;
        }
        long pid = Long.parseLong(m.group(1));
        return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }

    /**
     * Deletes the temp files an interrupted run of greenshift left under these paths (never
     * following symbolic links) and returns them; directories that cannot be listed are skipped.
     */
    public static List<Path> sweep(List<Path> roots) {
        List<Path> removed = new java.util.ArrayList<>();
        for (Path root : roots) {
            Path start = Files.isSymbolicLink(root) && Files.isDirectory(root) ? root.resolve(".") : root;
            if (!Files.isDirectory(start)) {
                continue;
            }
            try {
                Files.walkFileTree(start, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        Path name = dir.getFileName();
                        return name != null && !dir.equals(start) && SKIPPED_DIRS.contains(name.toString())
                                ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile() && file.getFileName().toString().endsWith(SUFFIX) && isStale(file.getFileName().toString())) {
                            try {
                                Files.deleteIfExists(file);
                                removed.add(file);
                            } catch (IOException e) {
                                // Left for a later run; it is not one of the files being migrated.
                            }
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                // A root that cannot be walked is reported by discovery; there is nothing of ours to sweep there.
            }
        }
        return removed;
    }
}
