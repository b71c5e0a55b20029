package dev.greenshift.cli;

import dev.greenshift.engine.FileResult;
import dev.greenshift.engine.Migration;
import dev.greenshift.report.AtomicWriter;
import dev.greenshift.report.Summary;
import dev.greenshift.vcs.GitBranch;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "apply", mixinStandardHelpOptions = true,
        description = "Write the changes diff would print, in place: each file atomically, keeping permissions and line endings; "
                + "with --branch, on a new git branch as one commit.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "2:usage or recipe error", "3:some files could not be read, rewritten or written, or git refused"})
final class ApplyCommand implements Callable<Integer> {

    @Mixin
    MigrationOptions run;

    @Option(names = "--branch", paramLabel = "NAME",
            description = "Create git branch NAME, write the changes there and commit them (the files must have no uncommitted changes).")
    String branch;

    @Override
    public Integer call() throws IOException {
        Migration.Outcome outcome = run.run();
        if (outcome == null) {
            return 2;
        }
        List<FileResult> changed = outcome.results().stream().filter(FileResult::changed).toList();
        List<Path> files = changed.stream().map(r -> r.file().path()).toList();
        GitBranch git = null;
        if (branch != null && !changed.isEmpty()) {
            try {
                git = GitBranch.of(files.get(0));
                git.start(branch, files);
            } catch (GitBranch.GitException e) {
                System.err.println("greenshift: " + e.getMessage());
                return 3;
            }
        }
        int failures = 0;
        for (FileResult r : changed) {
            try {
                AtomicWriter.write(r.file().path(), r.file().encode(r.output()));
                System.err.println("rewrote " + r.file().displayPath());
            } catch (IOException e) {
                System.err.println(r.file().displayPath() + ": error: cannot write: " + e.getMessage());
                failures++;
            }
        }
        Summary.print(outcome, "rewritten", System.err);
        if (git != null) {
            try {
                String commit = git.commit(files, commitMessage(outcome));
                System.err.println("committed " + commit + " on branch " + branch);
            } catch (GitBranch.GitException e) {
                System.err.println("greenshift: " + e.getMessage());
                return 3;
            }
        }
        return Summary.hasErrors(outcome) || failures > 0 ? 3 : 0;
    }

    /** A commit message a reviewer can start from: what changed, by which recipe, and what still needs a human. */
    private static String commitMessage(Migration.Outcome outcome) {
        java.util.Map<String, Integer> edits = new java.util.TreeMap<>();
        int flags = 0;
        int reviews = 0;
        for (FileResult r : outcome.results()) {
            if (r.changed()) {
                r.editsByRecipe().forEach((k, v) -> edits.merge(k, v, Integer::sum));
            }
            for (dev.greenshift.engine.Finding f : r.findings()) {
                flags += f.kind() == dev.greenshift.engine.Finding.Kind.FLAG ? 1 : 0;
                reviews += f.kind() == dev.greenshift.engine.Finding.Kind.REVIEW ? 1 : 0;
            }
        }
        StringBuilder m = new StringBuilder("Migrate off Eventlet with greenshift\n\n");
        edits.forEach((k, v) -> m.append("- ").append(k).append(": ").append(v).append(v == 1 ? " edit\n" : " edits\n"));
        m.append("\n").append(reviews).append(" rewrites to review and ").append(flags)
                .append(" places left for a human (see the TODO(greenshift) comments and `greenshift diff` output).\n");
        return m.toString();
    }
}
