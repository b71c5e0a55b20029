package dev.greenshift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** apply --branch: the rewrite lands as one reviewed commit on a new branch, never mixed with the user's edits. */
class ApplyOnBranchTest {
    private Path repo;

    @BeforeEach
    void createRepository() throws Exception {
        Files.createDirectories(Path.of("target", "test-work"));
        repo = Files.createTempDirectory(Path.of("target", "test-work"), "repo");
        assumeTrue(git("init", "-q").startsWith(""), "git is not installed");
        Files.writeString(repo.resolve("worker.py"), "import eventlet\n\n\ndef pause():\n    eventlet.sleep(1)\n");
        Files.writeString(repo.resolve("other.py"), "print('untouched')\n");
        git("add", ".");
        git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "start");
    }

    @AfterEach
    void removeRepository() throws IOException {
        try (Stream<Path> files = Files.walk(repo)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void theRewriteIsOneCommitOnTheNewBranch() throws Exception {
        CliRun run = CliRun.of("apply", "--no-verify", "--branch", "drop-eventlet", repo.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("drop-eventlet", git("rev-parse", "--abbrev-ref", "HEAD").trim());
        assertEquals("worker.py", git("show", "--name-only", "--format=", "HEAD").trim());
        assertTrue(git("log", "-1", "--format=%B").contains("- eventlet-sleep: 1 edit"), git("log", "-1", "--format=%B"));
        assertEquals("", git("status", "--porcelain").trim(), "nothing is left uncommitted");
    }

    @Test
    void itRefusesWhenAFileToChangeHasUncommittedEdits() throws Exception {
        Files.writeString(repo.resolve("worker.py"), "import eventlet\n\n\ndef pause():\n    eventlet.sleep(2)\n");
        CliRun run = CliRun.of("apply", "--no-verify", "--branch", "drop-eventlet", repo.toString());
        assertEquals(3, run.exit());
        assertTrue(run.err().contains("uncommitted changes in files greenshift would change"), run.err());
        assertTrue(Files.readString(repo.resolve("worker.py")).contains("eventlet.sleep(2)"), "the user's edit is untouched");
        assertEquals("master", git("rev-parse", "--abbrev-ref", "HEAD").trim().replace("main", "master"));
    }

    @Test
    void itRefusesAnExistingBranch() throws Exception {
        git("branch", "taken");
        CliRun run = CliRun.of("apply", "--no-verify", "--branch", "taken", repo.toString());
        assertEquals(3, run.exit());
        assertTrue(run.err().contains("branch 'taken' already exists"), run.err());
    }

    private String git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }
}
