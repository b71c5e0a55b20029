package dev.greenshift.cli;

import dev.greenshift.engine.FileResult;
import dev.greenshift.engine.Migration;
import dev.greenshift.report.AtomicWriter;
import dev.greenshift.report.Printable;
import dev.greenshift.report.Summary;
import dev.greenshift.report.TempFiles;
import dev.greenshift.vcs.GitBranch;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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
        for (Path stale : TempFiles.sweep(run.paths)) {
            System.err.println("removed " + Printable.escape(stale.toString()) + " (a temp file left by an interrupted greenshift run)");
        }
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
        List<FileResult> written = new ArrayList<>(outcome.results());
        for (int i = 0; i < written.size(); i++) {
            FileResult r = written.get(i);
            if (!r.changed()) {
                continue;
            }
            try {
                AtomicWriter.replace(r.file(), r.file().encode(r.output()));
                System.err.println("rewrote " + Printable.escape(r.file().displayPath()));
            } catch (AtomicWriter.Refused e) {
                written.set(i, r.withError(e.getMessage()));
            } catch (IOException | RuntimeException e) {
                // A failed write is an error of this file, never a "rewritten" one; the other files go on.
                written.set(i, r.withError("cannot write: " + describe(e)));
            }
        }
        outcome = outcome.withResults(written);
        files = outcome.results().stream().filter(FileResult::changed).map(r -> r.file().path()).toList();
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
        return Summary.hasErrors(outcome) ? 3 : 0;
    }

    private static String describe(Exception e) {
        String name = e.getClass().getSimpleName();
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? name : e.getMessage();
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
