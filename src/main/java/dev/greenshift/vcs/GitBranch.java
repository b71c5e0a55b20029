package dev.greenshift.vcs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Puts a rewrite on a new git branch as one commit, so it can be reviewed like any change. It
 * refuses rather than mixing greenshift's edits with the user's own: the branch must be new, and
 * no file it is about to change may have uncommitted changes.
 */
public final class GitBranch {
    private final Path root;

    private GitBranch(Path root) {
        this.root = root;
    }

    /** Thrown with a message for the user when git cannot do what was asked. */
    public static final class GitException extends Exception {
        public GitException(String message) {
            super(message);
        }
    }

    /** The repository holding {@code somewhere}. */
    public static GitBranch of(Path somewhere) throws GitException {
        Path dir = somewhere.toAbsolutePath();
        if (!dir.toFile().isDirectory()) {
            dir = dir.getParent();
        }
        String top = run(dir, "rev-parse", "--show-toplevel").trim();
        return new GitBranch(Path.of(top));
    }

    /** Checks that the files can be committed alone, then creates and switches to {@code branch}. */
    public void start(String branch, List<Path> files) throws GitException {
        if (!run(root, "branch", "--list", branch).isBlank()) {
            throw new GitException("branch '" + branch + "' already exists");
        }
        List<String> args = new ArrayList<>(List.of("status", "--porcelain", "--"));
        files.forEach(f -> args.add(relative(f)));
        String dirty = run(root, args.toArray(String[]::new));
        if (!dirty.isBlank()) {
            throw new GitException("uncommitted changes in files greenshift would change; commit or stash them first:\n" + dirty.stripTrailing());
        }
        run(root, "checkout", "-q", "-b", branch);
    }

    /** Commits exactly these files on the current branch. */
    public String commit(List<Path> files, String message) throws GitException {
        List<String> add = new ArrayList<>(List.of("add", "--"));
        files.forEach(f -> add.add(relative(f)));
        run(root, add.toArray(String[]::new));
        List<String> commit = new ArrayList<>();
        if (run(root, "config", "--default", "", "user.email").isBlank()) {
            commit.addAll(List.of("-c", "user.name=greenshift", "-c", "user.email=greenshift@localhost"));
        }
        commit.addAll(List.of("commit", "-q", "-m", message, "--"));
        files.forEach(f -> commit.add(relative(f)));
        run(root, commit.toArray(String[]::new));
        return run(root, "rev-parse", "--short", "HEAD").trim();
    }

    private String relative(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString();
    }

    private static String run(Path dir, String... args) throws GitException {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.add("-C");
        command.add(dir.toString());
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroy();
                throw new GitException("git " + args[0] + " did not finish");
            }
            if (p.exitValue() != 0) {
                throw new GitException("git " + String.join(" ", args).split(" --")[0] + ": " + out.strip());
            }
            return out;
        } catch (IOException e) {
            throw new GitException("cannot run git: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitException("interrupted while running git");
        }
    }
}
