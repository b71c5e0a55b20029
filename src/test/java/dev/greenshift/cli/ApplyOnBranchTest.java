package dev.greenshift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * apply --branch: the rewrite lands as commits on a new branch made with git plumbing; the user's
 * checkout (working tree, index, HEAD) is never touched, and every refusal changes nothing.
 */
class ApplyOnBranchTest {
    private static final String WORKER = "import eventlet\n\n\ndef pause():\n    eventlet.sleep(1)\n";
    private static final String SPAWNER = "import eventlet\n\n\ndef start(job):\n    eventlet.spawn(job)\n    eventlet.sleep(0)\n";

    private Path repo;
    private String start;

    @BeforeEach
    void createRepository() throws Exception {
        Files.createDirectories(Path.of("target", "test-work"));
        repo = Files.createTempDirectory(Path.of("target", "test-work").toAbsolutePath(), "repo");
        assumeTrue(run(repo, "git", "--version").exit == 0, "git is not installed");
        git("init", "-q");
        Files.writeString(repo.resolve("worker.py"), WORKER);
        Files.writeString(repo.resolve("other.py"), "print('untouched')\n");
        commitAll("start");
        start = git("symbolic-ref", "--short", "HEAD").strip();
    }

    @AfterEach
    void removeRepository() throws IOException {
        try (Stream<Path> files = Files.walk(repo)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void theRewriteIsOneCommitOnTheNewBranchAndTheCheckoutStaysAsItWas() throws Exception {
        String headBefore = git("rev-parse", "HEAD");
        CliRun run = CliRun.of("apply", "--no-verify", "--branch", "drop-eventlet", repo.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("created branch drop-eventlet"), run.err());
        assertEquals(start, git("symbolic-ref", "--short", "HEAD").strip(), "HEAD still names the user's branch");
        assertEquals(headBefore, git("rev-parse", "HEAD"));
        assertEquals(WORKER, Files.readString(repo.resolve("worker.py")), "the working tree is not written");
        assertEquals("", git("status", "--porcelain"), "nothing to see in the checkout");
        assertEquals("worker.py", git("show", "--name-only", "--format=", "drop-eventlet").strip());
        assertEquals("import time\n\n\ndef pause():\n    time.sleep(1)\n", git("show", "drop-eventlet:worker.py"));
        assertEquals(headBefore, git("rev-parse", "drop-eventlet~1"), "the branch starts at HEAD");
        String message = git("log", "-1", "--format=%B", "drop-eventlet");
        assertTrue(message.startsWith("Migrate off Eventlet with greenshift\n\n- eventlet-sleep: 1 edit\n"), message);
    }

    @Test
    void localEditsAndStagedChangesElsewhereStayWhereTheyAre() throws Exception {
        Files.writeString(repo.resolve("other.py"), "print('edited, not committed')\n");
        Files.writeString(repo.resolve("staged.py"), "x = 1\n");
        git("add", "staged.py");
        String statusBefore = git("status", "--porcelain");
        String indexBefore = git("diff", "--cached");
        CliRun run = CliRun.of("apply", "--no-verify", "--branch", "drop-eventlet", repo.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(statusBefore, git("status", "--porcelain"));
        assertEquals(indexBefore, git("diff", "--cached"), "the index is not touched");
        assertEquals("worker.py", git("show", "--name-only", "--format=", "drop-eventlet").strip(),
                "the user's edits are not in the commit");
    }

    @Test
    void itRefusesWhenAFileToChangeHasUncommittedEdits() throws Exception {
        Files.writeString(repo.resolve("worker.py"), WORKER.replace("sleep(1)", "sleep(2)"));
        CliRun run = CliRun.of("apply", "--no-verify", "--branch", "drop-eventlet", repo.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("uncommitted changes in files greenshift would change; commit or stash them first:\n  worker.py"), run.err());
        assertTrue(Files.readString(repo.resolve("worker.py")).contains("eventlet.sleep(2)"), "the user's edit is untouched");
        assertNoBranch("drop-eventlet");
    }

    @Test
    void itRefusesAnUntrackedFileToChange() throws Exception {
        Files.writeString(repo.resolve("new_worker.py"), WORKER);
        CliRun run = CliRun.of("apply", "--no-verify", "--branch", "drop-eventlet", repo.toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("  new_worker.py (not in HEAD)"), run.err());
        assertNoBranch("drop-eventlet");
    }

    @Test
    void itRefusesAnExistingBranch() throws Exception {
        git("branch", "taken");
        String before = git("rev-parse", "taken");
        CliRun run = CliRun.of("apply", "--no-verify", "--branch", "taken", repo.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("branch 'taken' already exists"), run.err());
        assertEquals(before, git("rev-parse", "taken"));
    }

    @Test
    void itRefusesAnInvalidBranchName() throws Exception {
        CliRun run = CliRun.of("apply", "--no-verify", "--branch", "two words..", repo.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("'two words..' is not a valid branch name"), run.err());
    }

    @Test
    void itRefusesOutsideARepository() throws Exception {
        Path plain = Files.createTempDirectory("greenshift-plain");
        try {
            Files.writeString(plain.resolve("worker.py"), WORKER);
            CliRun run = CliRun.of("apply", "--no-verify", "--branch", "drop-eventlet", plain.toString());
            assertEquals(2, run.exit(), run.err());
            assertTrue(run.err().contains("not a git repository"), run.err());
            assertEquals(WORKER, Files.readString(plain.resolve("worker.py")));
        } finally {
            Files.deleteIfExists(plain.resolve("worker.py"));
            Files.deleteIfExists(plain);
        }
    }

    @Test
    void aDetachedHeadNeedsABase() throws Exception {
        git("checkout", "-q", "--detach");
        CliRun refused = CliRun.of("apply", "--no-verify", "--branch", "drop-eventlet", repo.toString());
        assertEquals(2, refused.exit());
        assertTrue(refused.err().contains("HEAD is detached; name the commit the branch starts from with --base REV"), refused.err());
        assertNoBranch("drop-eventlet");

        CliRun based = CliRun.of("apply", "--no-verify", "--branch", "drop-eventlet", "--base", "HEAD", repo.toString());
        assertEquals(0, based.exit(), based.err());
        assertEquals(git("rev-parse", "HEAD"), git("rev-parse", "drop-eventlet~1"));
    }

    @Test
    void theBaseCanBeAnotherCommitWhoseFilesMatch() throws Exception {
        String first = git("rev-parse", "HEAD").strip();
        Files.writeString(repo.resolve("notes.txt"), "later work\n");
        commitAll("later");
        CliRun run = CliRun.of("apply", "--no-verify", "--branch", "drop-eventlet", "--base", first, repo.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(first, git("rev-parse", "drop-eventlet~1").strip());
        assertFalse(git("ls-tree", "--name-only", "drop-eventlet").contains("notes.txt"));
    }

    @Test
    void anUnknownBaseIsRefused() throws Exception {
        CliRun run = CliRun.of("apply", "--no-verify", "--branch", "drop-eventlet", "--base", "no-such-rev", repo.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--base 'no-such-rev' is not a commit of this repository"), run.err());
    }

    @Test
    void theMessageOptionSetsTheTitle() throws Exception {
        CliRun run = CliRun.of("apply", "--no-verify", "--branch", "drop-eventlet", "--message", "worker: stop using Eventlet", repo.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(git("log", "-1", "--format=%B", "drop-eventlet").startsWith("worker: stop using Eventlet\n\n- eventlet-sleep: 1 edit"));
    }

    @Test
    void oneCommitPerRecipeInCatalogueOrder() throws Exception {
        Files.writeString(repo.resolve("spawner.py"), SPAWNER);
        commitAll("spawner");
        CliRun run = CliRun.of("apply", "--no-verify", "--branch", "drop-eventlet", "--commit-per-recipe", repo.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("(2 commits on"), run.err());
        assertEquals("Migrate off Eventlet with greenshift: eventlet-spawn\nMigrate off Eventlet with greenshift: eventlet-sleep\n",
                git("log", "--format=%s", "-2", "drop-eventlet"), "eventlet-sleep comes first in the catalogue, so it is the older commit");
        // With the sleep recipe alone, spawner.py keeps a green thread: a blocking time.sleep there would stall it,
        // so its sleep waits for the commit that turns the spawn into a thread.
        assertEquals("worker.py\n", git("show", "--name-only", "--format=", "drop-eventlet~1"));
        assertTrue(git("show", "drop-eventlet~1:spawner.py").contains("eventlet.spawn(job)"), "the spawn is not rewritten yet");
        assertFalse(git("show", "drop-eventlet~1:spawner.py").contains("time.sleep(0)"), "no blocking sleep next to a green thread");
        assertTrue(git("show", "drop-eventlet:spawner.py").contains("time.sleep(0)"));
        assertEquals("spawner.py\n", git("show", "--name-only", "--format=", "drop-eventlet"));
        CliRun single = CliRun.of("diff", "--no-verify", "--color", "never", repo.resolve("spawner.py").toString());
        assertTrue(single.out().contains("+    threading.Thread(target=job, daemon=True).start()"), single.out());
        git("checkout", "-q", "drop-eventlet");
        assertEquals(0, CliRun.of("diff", "--check", "--no-verify", repo.toString()).exit(), "the last commit holds the whole rewrite");
    }

    @Test
    void aBranchIsAllOrNothing() throws Exception {
        Files.write(repo.resolve("latin.py"), new byte[] {'x', ' ', '=', ' ', '"', (byte) 0xE9, '"', '\n'});
        commitAll("a file greenshift cannot read");
        CliRun run = CliRun.of("apply", "--no-verify", "--branch", "drop-eventlet", repo.toString());
        assertEquals(3, run.exit(), run.err());
        assertTrue(run.err().contains("no branch created"), run.err());
        assertNoBranch("drop-eventlet");
    }

    @Test
    void branchOptionsNeedABranch() {
        CliRun run = CliRun.of("apply", "--no-verify", "--commit-per-recipe", repo.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("need --branch NAME"), run.err());
    }

    @Test
    void oddFileNamesAreCommittedByName() throws Exception {
        Files.writeString(repo.resolve("[x] my worker.py"), WORKER);
        commitAll("odd name");
        CliRun run = CliRun.of("apply", "--no-verify", "--branch", "drop-eventlet", repo.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(git("show", "drop-eventlet:[x] my worker.py").contains("time.sleep(1)"));
    }

    @Test
    void lineEndingConversionIsNotAnUncommittedChange() throws Exception {
        git("config", "core.autocrlf", "true");
        Files.writeString(repo.resolve("crlf.py"), "import eventlet\r\n\r\neventlet.sleep(1)\r\n");
        commitAll("crlf");
        assertEquals("", git("status", "--porcelain"));
        CliRun run = CliRun.of("apply", "--no-verify", "--branch", "drop-eventlet", repo.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("import time\n\ntime.sleep(1)\n", git("show", "drop-eventlet:crlf.py"), "stored as git stores it");
    }

    private void assertNoBranch(String name) throws Exception {
        assertEquals("", git("branch", "--list", name));
    }

    private void commitAll(String message) throws Exception {
        git("add", "-A");
        git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", message);
    }

    private String git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(args));
        Result r = run(repo, command.toArray(String[]::new));
        assertEquals(0, r.exit, r.out);
        return r.out;
    }

    private record Result(int exit, String out) {
    }

    private static Result run(Path dir, String... command) throws Exception {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Result(p.waitFor(), out);
        } catch (IOException e) {
            return new Result(-1, e.getMessage());
        }
    }
}
