package dev.greenshift.vcs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Puts a rewrite on a new git branch without touching the user's checkout: blobs, a tree built in a
 * temporary index, commits and finally the branch ref are made with git plumbing, so the working
 * tree, the real index and HEAD stay exactly as they were, local edits elsewhere included. It refuses
 * (and then has changed nothing) rather than guess: not a repository, a branch that exists, a detached
 * HEAD without a base, a file whose content differs from the base commit (the commit would carry
 * the user's uncommitted edits). The branch appears only when every commit was made, in one
 * {@code update-ref} that also fails if the branch appeared meanwhile: all or nothing.
 */
public final class GitBranch {
    private final Git git;
    private final Path root;

    /** Thrown with a message for the user when git cannot, or should not, do what was asked. */
    public static final class GitException extends Exception {
        public GitException(String message) {
            super(message);
        }
    }

    /** The new content of one file. */
    public record FileContent(Path file, byte[] bytes) {
    }

    /** One commit to make: its message and the files it changes. */
    public record CommitPlan(String message, List<FileContent> files) {
        public CommitPlan {
            files = List.copyOf(files);
        }
    }

    private GitBranch(Path root) {
        this.root = root;
        this.git = new Git(root, Map.of());
    }

    /** The repository holding {@code somewhere}; refuses when there is none. */
    public static GitBranch of(Path somewhere) throws GitException {
        Path dir = somewhere.toAbsolutePath().normalize();
        while (dir != null && !Files.isDirectory(dir)) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new GitException("not a git repository: " + somewhere);
        }
        Git.Result top = new Git(dir, Map.of()).attempt(null, "rev-parse", "--show-toplevel");
        if (top.exit() != 0 || top.text().isBlank()) {
            throw new GitException("not a git repository: " + somewhere + " (--branch needs one)");
        }
        return new GitBranch(Path.of(top.text().strip()));
    }

    public Path root() {
        return root;
    }

    /** Refuses a name git would not accept as a branch, or a branch that already exists. */
    public void checkNewBranch(String branch) throws GitException {
        if (git.attempt(null, "check-ref-format", "--branch", branch).exit() != 0 || branch.startsWith("-")) {
            throw new GitException("'" + branch + "' is not a valid branch name");
        }
        if (git.attempt(null, "rev-parse", "--verify", "--quiet", "refs/heads/" + branch).exit() == 0) {
            throw new GitException("branch '" + branch + "' already exists; choose another name or delete it first");
        }
    }

    /**
     * The commit the branch starts from: {@code base} when given, else the commit of the current
     * branch. A detached HEAD is refused without a base: which line of work the branch continues is
     * the user's choice.
     */
    public String resolveBase(String base) throws GitException {
        if (base != null) {
            Git.Result r = git.attempt(null, "rev-parse", "--verify", "--quiet", "--end-of-options", base + "^{commit}");
            if (r.exit() != 0) {
                throw new GitException("--base '" + base + "' is not a commit of this repository");
            }
            return r.text().strip();
        }
        if (git.attempt(null, "symbolic-ref", "--quiet", "HEAD").exit() != 0) {
            throw new GitException("HEAD is detached; name the commit the branch starts from with --base REV");
        }
        Git.Result head = git.attempt(null, "rev-parse", "--verify", "--quiet", "HEAD^{commit}");
        if (head.exit() != 0) {
            throw new GitException("the current branch has no commit yet; commit first or name one with --base REV");
        }
        return head.text().strip();
    }

    /**
     * Refuses when a file greenshift read differs from the base commit (with git's own filters, so
     * line-ending conversion is no difference), or is outside the repository or not in the base: the
     * branch must carry greenshift's edits and nothing else.
     *
     * @param originals the bytes greenshift read, which its edits apply to
     */
    public void checkUnchanged(String base, List<FileContent> originals, boolean baseIsHead) throws GitException {
        Map<String, Entry> inBase = entries(base, originals.stream().map(FileContent::file).toList());
        List<String> differing = new ArrayList<>();
        for (FileContent original : originals) {
            String path = relative(original.file());
            Entry entry = inBase.get(path);
            if (entry == null) {
                differing.add("  " + path + " (not in " + (baseIsHead ? "HEAD" : "the base commit") + ")");
            } else if (!entry.blob().equals(hash(path, original.bytes(), false))) {
                differing.add("  " + path);
            }
        }
        if (!differing.isEmpty()) {
            throw new GitException((baseIsHead
                    ? "uncommitted changes in files greenshift would change; commit or stash them first:\n"
                    : "files greenshift would change differ from the base commit; check out the base or drop --base:\n")
                    + String.join("\n", differing));
        }
    }

    /**
     * Makes the commits one on top of the other, starting at {@code base}, then creates the branch at
     * the last one. Returns the commit ids, oldest first.
     */
    public List<String> commit(String branch, String base, List<CommitPlan> plans) throws GitException {
        Path scratch;
        try {
            scratch = Files.createTempDirectory("greenshift-index");
        } catch (IOException e) {
            throw new GitException("cannot create a temporary index: " + e.getMessage());
        }
        try {
            Git indexed = git.withEnv(Map.of("GIT_INDEX_FILE", scratch.resolve("index").toString()))
                    .withEnv(identity());
            List<String> commits = new ArrayList<>();
            String parent = base;
            indexed.run("read-tree", parent);
            Map<String, Entry> modes = entries(base, plans.stream().flatMap(p -> p.files().stream()).map(FileContent::file).toList());
            for (CommitPlan plan : plans) {
                ByteArrayOutputStream info = new ByteArrayOutputStream();
                for (FileContent f : plan.files()) {
                    String path = relative(f.file());
                    Entry entry = modes.get(path);
                    String mode = entry == null ? "100644" : entry.mode();
                    String blob = hash(path, f.bytes(), true);
                    info.writeBytes((mode + " " + blob + "\t" + path).getBytes(StandardCharsets.UTF_8));
                    info.write(0);
                }
                indexed.run(info.toByteArray(), "update-index", "-z", "--index-info");
                String tree = indexed.run("write-tree").strip();
                String commit = new String(indexed.run(plan.message().getBytes(StandardCharsets.UTF_8),
                        "commit-tree", tree, "-p", parent, "-F", "-"), StandardCharsets.UTF_8).strip();
                commits.add(commit);
                parent = commit;
            }
            // The empty old value makes creation fail if the branch appeared since the check.
            git.run("update-ref", "-m", "greenshift apply --branch", "refs/heads/" + branch, parent, "");
            return commits;
        } finally {
            deleteQuietly(scratch);
        }
    }

    public String shortId(String commit) throws GitException {
        return git.run("rev-parse", "--short", commit).strip();
    }

    private record Entry(String mode, String blob) {
    }

    /** Mode and blob of each path in the base tree, in one ls-tree. */
    private Map<String, Entry> entries(String base, List<Path> files) throws GitException {
        List<String> args = new ArrayList<>(List.of("ls-tree", "-z", "--full-tree", base, "--"));
        for (Path f : files) {
            args.add(relative(f));
        }
        Map<String, Entry> out = new HashMap<>();
        String listing = new String(git.run(null, args.toArray(String[]::new)), StandardCharsets.UTF_8);
        for (String line : listing.split("\0")) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                continue;
            }
            String[] meta = line.substring(0, tab).split(" ");
            if (meta.length == 3 && meta[1].equals("blob")) {
                out.put(line.substring(tab + 1), new Entry(meta[0], meta[2]));
            }
        }
        return out;
    }

    /** The blob id of these bytes at this path, with the path's filters (autocrlf, .gitattributes); stored when {@code write}. */
    private String hash(String path, byte[] bytes, boolean write) throws GitException {
        List<String> args = new ArrayList<>(List.of("hash-object"));
        if (write) {
            args.add("-w");
        }
        args.addAll(List.of("--path=" + path, "--stdin"));
        return new String(git.run(bytes, args.toArray(String[]::new)), StandardCharsets.UTF_8).strip();
    }

    /** git's own identity when configured; a greenshift identity otherwise, so a fresh machine can still commit. */
    private Map<String, String> identity() throws GitException {
        if (git.attempt(null, "var", "GIT_COMMITTER_IDENT").exit() == 0 && git.attempt(null, "var", "GIT_AUTHOR_IDENT").exit() == 0
                && !git.attempt(null, "config", "user.email").text().isBlank()) {
            return Map.of();
        }
        return Map.of("GIT_AUTHOR_NAME", "greenshift", "GIT_AUTHOR_EMAIL", "greenshift@localhost",
                "GIT_COMMITTER_NAME", "greenshift", "GIT_COMMITTER_EMAIL", "greenshift@localhost");
    }

    private String relative(Path file) throws GitException {
        Path abs = file.toAbsolutePath().normalize();
        Path top = root.toAbsolutePath().normalize();
        if (!abs.startsWith(top)) {
            try {
                // The repository may be reached through a symlink (macOS /tmp, a linked checkout).
                abs = abs.toRealPath();
                top = top.toRealPath();
            } catch (IOException e) {
                throw new GitException(file + " is outside the repository " + root);
            }
            if (!abs.startsWith(top)) {
                throw new GitException(file + " is outside the repository " + root);
            }
        }
        return top.relativize(abs).toString().replace('\\', '/');
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temp directory left behind is harmless and the system's to clean.
        }
    }
}
