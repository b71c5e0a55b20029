package dev.greenshift.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files a walk takes: .gitignore (nested, negated, anchored), --include/--exclude, binaries, symlinks. */
class FileDiscoveryTest {
    @TempDir
    Path dir;

    private Path write(String relative, String text) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private List<String> taken(Selection selection, Path... roots) {
        FileDiscovery.Result r = FileDiscovery.discover(List.of(roots), selection);
        return r.files().stream().map(f -> dir.relativize(f.path().toAbsolutePath()).toString().replace('\\', '/')).toList();
    }

    private List<String> taken() {
        return taken(Selection.DEFAULT, dir);
    }

    private Selection globs(List<String> include, List<String> exclude) {
        return Selection.of(include, dir, exclude, dir, true);
    }

    @Test
    void everyPythonFileIsTakenInPathOrder() throws IOException {
        write("b.py", "");
        write("a/z.py", "");
        write("a/notes.txt", "");
        write("a/__pycache__/z.cpython-311.py", "");
        assertEquals(List.of("a/z.py", "b.py"), taken());
    }

    @Test
    void gitignorePatternsHoldAtTheirLevelAndBelow() throws IOException {
        write(".gitignore", "build/\n/generated.py\n*_pb2.py\n");
        write("build/lib/svc.py", "");
        write("generated.py", "");
        write("pkg/generated.py", "");
        write("pkg/api_pb2.py", "");
        write("pkg/svc.py", "");
        assertEquals(List.of("pkg/generated.py", "pkg/svc.py"), taken(),
                "build/ is skipped at any depth, /generated.py only at the top");
    }

    @Test
    void aNestedGitignoreOverridesItsParent() throws IOException {
        write(".gitignore", "fixtures/\nlegacy_*.py\n");
        write("pkg/.gitignore", "!legacy_keep.py\nlocal.py\n");
        write("pkg/legacy_drop.py", "");
        write("pkg/legacy_keep.py", "");
        write("pkg/local.py", "");
        write("local.py", "");
        write("legacy_top.py", "");
        write("pkg/fixtures/data.py", "");
        assertEquals(List.of("local.py", "pkg/legacy_keep.py"), taken());
    }

    @Test
    void aFileInsideAnIgnoredDirectoryCannotBeTakenBack() throws IOException {
        write(".gitignore", "vendor/\n!vendor/keep.py\n");
        write("vendor/keep.py", "");
        assertEquals(List.of(), taken());
    }

    @Test
    void gitignoreFilesAboveTheNamedDirectoryCountInsideARepository() throws IOException {
        Files.createDirectories(dir.resolve(".git/info"));
        Files.writeString(dir.resolve(".git/info/exclude"), "scratch_*.py\n");
        write(".gitignore", "*_pb2.py\n");
        write("svc/api_pb2.py", "");
        write("svc/scratch_1.py", "");
        write("svc/api.py", "");
        assertEquals(List.of("svc/api.py"), taken(Selection.DEFAULT, dir.resolve("svc")));
    }

    @Test
    void aLinkedWorktreeHonoursItsRepositorysInfoExclude() throws IOException {
        // git worktree add: the worktree's .git is a file naming .git/worktrees/NAME, whose commondir leads back to .git.
        Files.createDirectories(dir.resolve("main/.git/info"));
        Files.writeString(dir.resolve("main/.git/info/exclude"), "scratch_*.py\n");
        Files.createDirectories(dir.resolve("main/.git/worktrees/wt"));
        Files.writeString(dir.resolve("main/.git/worktrees/wt/commondir"), "../..\n");
        write("wt/.git", "gitdir: ../main/.git/worktrees/wt\n");
        write("wt/scratch_1.py", "");
        write("wt/api.py", "");
        assertEquals(List.of("wt/api.py"), taken(Selection.DEFAULT, dir.resolve("wt")));
    }

    @Test
    void gitsGlobalExcludesFileCountsInsideARepository() throws Exception {
        Path ignore = dir.resolve("home/ignore");
        Files.createDirectories(ignore.getParent());
        Files.writeString(ignore, "*.orig.py\n");
        Files.createDirectories(dir.resolve("repo"));
        git(dir.resolve("repo"), "init", "-q");
        git(dir.resolve("repo"), "config", "core.excludesFile", ignore.toString());
        write("repo/api.py", "");
        write("repo/api.orig.py", "");
        assertEquals(List.of("repo/api.py"), taken(Selection.DEFAULT, dir.resolve("repo")));
    }

    @Test
    void gitsDefaultGlobalExcludesFileFollowsXdgConfigHome() {
        assertEquals(Path.of("/x/git/ignore"), GitExcludes.defaultFile(java.util.Map.of("XDG_CONFIG_HOME", "/x", "HOME", "/h")));
        assertEquals(Path.of("/h/.config/git/ignore"), GitExcludes.defaultFile(java.util.Map.of("HOME", "/h")));
    }

    private static void git(Path in, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", in.toString()));
        command.addAll(List.of(args));
        assertEquals(0, new ProcessBuilder(command).inheritIO().start().waitFor());
    }

    @Test
    void gitignoreCanBeSwitchedOff() throws IOException {
        write(".gitignore", "*.py\n");
        write("a.py", "");
        assertEquals(List.of(), taken());
        assertEquals(List.of("a.py"), taken(Selection.of(List.of(), dir, List.of(), dir, false), dir));
    }

    @Test
    void excludeGlobsSkipFilesAndWholeDirectories() throws IOException {
        write("svc/api.py", "");
        write("svc/tests/test_api.py", "");
        write("svc/vendored/six.py", "");
        write("tools/gen.py", "");
        assertEquals(List.of("svc/api.py", "tools/gen.py"), taken(globs(List.of(), List.of("tests/", "svc/vendored")), dir));
    }

    @Test
    void includeGlobsReplaceTheStarPyDefault() throws IOException {
        write("svc/api.py", "");
        write("svc/sub/worker.py", "");
        write("bin/svc-run", "#!/usr/bin/env python3\n");
        write("tools/gen.py", "");
        assertEquals(List.of("bin/svc-run", "svc/api.py", "svc/sub/worker.py"),
                taken(globs(List.of("svc/**/*.py", "bin/*"), List.of()), dir));
        assertEquals(List.of("svc/api.py", "svc/sub/worker.py"), taken(globs(List.of("svc/"), List.of()), dir),
                "a directory pattern takes what is under it");
    }

    @Test
    void aNamedFileIsTakenUnlessExcluded() throws IOException {
        write(".gitignore", "*.py\n");
        Path named = write("pkg/ignored.py", "");
        Path excluded = write("pkg/skip_me.py", "");
        assertEquals(List.of("pkg/ignored.py"), taken(globs(List.of(), List.of("skip_*.py")), named, excluded));
    }

    @Test
    void binaryFilesAreSkippedInAWalk() throws IOException {
        write("text.py", "print(1)\n");
        Files.write(dir.resolve("blob.py"), new byte[] {'x', 0, 'y'});
        assertEquals(List.of("text.py"), taken());
    }

    @Test
    void symlinksInsideTheRootAreFollowedOnceAndThoseLeavingItAreSkipped(@TempDir Path outside) throws IOException {
        Path root = Files.createDirectories(dir.resolve("root"));
        write("root/pkg/mod.py", "");
        Files.writeString(outside.resolve("secret.py"), "");
        Files.createSymbolicLink(root.resolve("alias.py"), root.resolve("pkg/mod.py"));
        Files.createSymbolicLink(root.resolve("linked_pkg"), root.resolve("pkg"));
        Files.createSymbolicLink(root.resolve("escape.py"), outside.resolve("secret.py"));
        Files.createSymbolicLink(root.resolve("escape_dir"), outside);
        assertEquals(List.of("root/alias.py"), taken(Selection.DEFAULT, root),
                "mod.py is taken once, under its first name in path order; nothing from outside the root");
    }

    @Test
    void aSymlinkLoopIsNeverEntered() throws IOException {
        write("pkg/mod.py", "");
        Files.createSymbolicLink(dir.resolve("pkg/again"), dir.resolve("pkg"));
        Files.createSymbolicLink(dir.resolve("pkg/up"), dir);
        FileDiscovery.Result r = FileDiscovery.discover(List.of(dir), Selection.DEFAULT);
        assertEquals(List.of("pkg/mod.py"), r.files().stream().map(f -> dir.relativize(f.path()).toString()).toList());
        assertTrue(r.problems().isEmpty(), r.problems().toString());
    }

    @Test
    void aNamedDirectoryThatIsASymlinkIsWalked() throws IOException {
        write("real/mod.py", "");
        Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("real"));
        assertEquals(1, FileDiscovery.discover(List.of(link), Selection.DEFAULT).files().size());
    }
}
