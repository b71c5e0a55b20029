package dev.greenshift.cli;

import dev.greenshift.engine.FileResult;
import dev.greenshift.engine.Finding;
import dev.greenshift.engine.Migration;
import dev.greenshift.engine.RecipeSteps;
import dev.greenshift.report.AtomicWriter;
import dev.greenshift.report.Printable;
import dev.greenshift.report.Summary;
import dev.greenshift.report.TempFiles;
import dev.greenshift.vcs.GitBranch;
import dev.greenshift.vcs.GitBranch.CommitPlan;
import dev.greenshift.vcs.GitBranch.FileContent;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "apply", mixinStandardHelpOptions = true,
        description = "Write the changes diff would print, in place: each file atomically, keeping permissions and line endings; "
                + "with --branch, as commits on a new git branch, leaving the working tree and the index alone.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "2:usage or recipe error, or git refused (nothing was changed)",
                "3:some files could not be read, rewritten or written (with --branch: no branch was made)"})
final class ApplyCommand implements Callable<Integer> {

    private static final String DEFAULT_TITLE = "Migrate off Eventlet with greenshift";

    @Mixin
    MigrationOptions run;

    @Option(names = "--branch", paramLabel = "NAME",
            description = "Commit the changes on a new git branch NAME, built with git plumbing: the working tree, the index and HEAD are left as they are.")
    String branch;

    @Option(names = "--base", paramLabel = "REV",
            description = "With --branch: the commit the branch starts from (default: the current branch's commit; required on a detached HEAD).")
    String base;

    @Option(names = {"-m", "--message"}, paramLabel = "TEXT",
            description = "With --branch: the commit title (default: \"" + DEFAULT_TITLE + "\"); the edit counts follow it.")
    String message;

    @Option(names = "--commit-per-recipe",
            description = "With --branch: one commit per recipe, in catalogue order, each with the files as the recipes so far leave them.")
    boolean commitPerRecipe;

    @Option(names = {"-i", "--interactive"},
            description = "Show each hunk and ask, as git add -p: y apply, n skip, a apply the rest of the file, d skip the rest of the file, q quit, ? help.")
    boolean interactive;

    @Option(names = "--color", paramLabel = "WHEN", description = "For --interactive: auto, always or never (NO_COLOR is honoured).")
    Ansi.Mode color = Ansi.Mode.AUTO;

    @Override
    public Integer call() throws IOException {
        for (Path stale : TempFiles.sweep(run.paths)) {
            System.err.println("removed " + Printable.escape(stale.toString()) + " (a temp file left by an interrupted greenshift run)");
        }
        if (branch == null && (base != null || message != null || commitPerRecipe)) {
            System.err.println("greenshift: --base, --message and --commit-per-recipe need --branch NAME");
            return 2;
        }
        if (interactive && commitPerRecipe) {
            System.err.println("greenshift: --interactive and --commit-per-recipe do not combine: a recipe's commit would not hold what you chose");
            return 2;
        }
        if (interactive && System.console() == null) {
            System.err.println("greenshift: --interactive needs a terminal on standard input and output; "
                    + "review with 'greenshift diff' and run 'greenshift apply' without --interactive");
            return 2;
        }
        GitBranch git = null;
        String baseCommit = null;
        if (branch != null) {
            try {
                git = GitBranch.of(run.paths.get(0));
                git.checkNewBranch(branch);
                baseCommit = git.resolveBase(base);
            } catch (GitBranch.GitException e) {
                System.err.println("greenshift: " + e.getMessage());
                return 2;
            }
        }
        Migration.Outcome outcome = run.run();
        if (outcome == null) {
            return 2;
        }
        List<FileResult> changed = outcome.results().stream().filter(FileResult::changed).toList();
        if (interactive) {
            changed = review(changed);
        }
        if (git != null) {
            return commitOnBranch(git, baseCommit, outcome, changed);
        }
        List<FileResult> written = new ArrayList<>(outcome.results());
        java.util.Map<java.nio.file.Path, FileResult> chosen = new java.util.HashMap<>();
        changed.forEach(r -> chosen.put(r.file().path(), r));
        for (int i = 0; i < written.size(); i++) {
            FileResult r = written.get(i);
            if (!r.changed()) {
                continue;
            }
            // With --interactive, a file gets the hunks the user accepted, and one with none stays as it is.
            FileResult pick = chosen.get(r.file().path());
            if (pick == null) {
                written.set(i, new FileResult(r.file(), r.file().text(), r.editsByRecipe(), r.findings(), r.conflicts(), r.error(), r.importsLibrary(), r.uses()));
                continue;
            }
            written.set(i, pick);
            r = pick;
            try {
                AtomicWriter.replace(r.file(), r.file().encode(r.output()));
                if (!run.machine.quiet) {
                    System.err.println("rewrote " + Printable.escape(r.file().displayPath()));
                }
            } catch (AtomicWriter.Refused e) {
                written.set(i, r.withError(e.getMessage()));
            } catch (IOException | RuntimeException e) {
                // A failed write is an error of this file, never a "rewritten" one; the other files go on.
                written.set(i, r.withError("cannot write: " + describe(e)));
            }
        }
        outcome = outcome.withResults(written);
        summary(outcome, "rewritten");
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

    /** All or nothing: every file rewritten and every commit made, then the branch; otherwise no branch. */
    private int commitOnBranch(GitBranch git, String baseCommit, Migration.Outcome outcome, List<FileResult> changed) throws IOException {
        summary(outcome, "to commit");
        if (Summary.hasErrors(outcome)) {
            System.err.println("greenshift: no branch created: some files could not be read or rewritten, and a branch holds all of the rewrite or none of it");
            return 3;
        }
        if (changed.isEmpty()) {
            System.err.println("greenshift: nothing to change; branch '" + branch + "' not created");
            return 0;
        }
        try {
            git.checkUnchanged(baseCommit, changed.stream().map(r -> new FileContent(r.file().path(), r.file().bytes())).toList(),
                    base == null);
        } catch (GitBranch.GitException e) {
            System.err.println("greenshift: " + e.getMessage());
            return 2;
        }
        List<CommitPlan> plans = commitPerRecipe ? perRecipe(outcome) : List.of(single(outcome, changed));
        try {
            List<String> commits = git.commit(branch, baseCommit, plans);
            System.err.println("greenshift: created branch " + branch + " at " + git.shortId(commits.get(commits.size() - 1))
                    + " (" + commits.size() + (commits.size() == 1 ? " commit" : " commits") + " on " + git.shortId(baseCommit)
                    + "); the working tree and the index are unchanged");
            return 0;
        } catch (GitBranch.GitException e) {
            System.err.println("greenshift: no branch created: " + e.getMessage());
            return 3;
        }
    }

    /** The files with the hunks the user accepted, on the terminal; files with none are left out. */
    private List<FileResult> review(List<FileResult> changed) throws IOException {
        java.io.Console console = System.console();
        InteractiveReview review = new InteractiveReview(new java.io.BufferedReader(console.reader()), console.writer(), new Ansi(color));
        List<FileResult> accepted = new ArrayList<>();
        int kept = 0;
        int total = 0;
        for (InteractiveReview.Reviewed r : review.review(changed)) {
            kept += r.accepted();
            total += r.hunks();
            if (r.accepted() > 0) {
                FileResult f = r.result();
                accepted.add(new FileResult(f.file(), r.output(), f.editsByRecipe(), f.findings(), f.conflicts(), f.error(), f.importsLibrary(), f.uses()));
            }
        }
        System.err.println("greenshift: " + kept + " of " + total + " hunks accepted, in " + accepted.size()
                + (accepted.size() == 1 ? " file" : " files"));
        return accepted;
    }

    private CommitPlan single(Migration.Outcome outcome, List<FileResult> changed) {
        Map<String, Integer> edits = new TreeMap<>();
        changed.forEach(r -> r.editsByRecipe().forEach((k, v) -> edits.merge(k, v, Integer::sum)));
        List<FileContent> files = changed.stream().map(r -> new FileContent(r.file().path(), r.file().encode(r.output()))).toList();
        return new CommitPlan(commitMessage(title(), edits, outcome), files);
    }

    private List<CommitPlan> perRecipe(Migration.Outcome outcome) throws IOException {
        List<CommitPlan> plans = new ArrayList<>();
        List<RecipeSteps.Step> steps = RecipeSteps.of(run.selected, run.paths, run.selection.selection(run.config), run.stated, outcome);
        for (RecipeSteps.Step step : steps) {
            String id = step.recipe() == null ? "requirements" : step.recipe().id();
            String summary = step.recipe() == null ? "drop Eventlet from requirements" : step.recipe().summary();
            int edits = outcome.results().stream().filter(FileResult::changed)
                    .mapToInt(r -> r.editsByRecipe().getOrDefault(id, 0)).sum();
            String text = title() + ": " + id + "\n\n" + summary + "\n\n" + edits + (edits == 1 ? " edit" : " edits")
                    + " in " + step.contents().size() + (step.contents().size() == 1 ? " file" : " files") + ".\n";
            List<FileContent> files = new ArrayList<>();
            step.contents().forEach((path, bytes) -> files.add(new FileContent(path, bytes)));
            plans.add(new CommitPlan(text, files));
        }
        return plans;
    }

    private String title() {
        return message == null || message.isBlank() ? DEFAULT_TITLE : message.strip();
    }

    /** A commit message a reviewer can start from: what changed, by which recipe, and what still needs a human. */
    private static String commitMessage(String title, Map<String, Integer> edits, Migration.Outcome outcome) {
        int flags = 0;
        int reviews = 0;
        for (FileResult r : outcome.results()) {
            for (Finding f : r.findings()) {
                flags += f.kind() == Finding.Kind.FLAG ? 1 : 0;
                reviews += f.kind() == Finding.Kind.REVIEW ? 1 : 0;
            }
        }
        StringBuilder m = new StringBuilder(title).append("\n\n");
        edits.forEach((k, v) -> m.append("- ").append(k).append(": ").append(v).append(v == 1 ? " edit\n" : " edits\n"));
        m.append("\n").append(reviews).append(" rewrites to review and ").append(flags)
                .append(" places left for a human (see the TODO(greenshift) comments and `greenshift diff` output).\n");
        return m.toString();
    }

    /** The findings and the summary line, or with --quiet only the errors. */
    private void summary(Migration.Outcome outcome, String verb) {
        if (run.machine.quiet) {
            Summary.printErrors(outcome, System.err);
        } else {
            Summary.print(outcome, verb, System.err);
        }
    }
}
