package dev.greenshift.cli;

import dev.greenshift.engine.FileResult;
import dev.greenshift.engine.Migration;
import dev.greenshift.report.AtomicWriter;
import dev.greenshift.report.Printable;
import dev.greenshift.report.Summary;
import dev.greenshift.report.UnifiedDiff;
import dev.greenshift.shim.PartAdopter;
import dev.greenshift.shim.ShimException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "adopt", mixinStandardHelpOptions = true,
        description = {"Move the callers inside one part onto the neutral interface of a shared module: imports and call sites, "
                + "every alias form, through the same engine, diff and apply as the recipes. Other parts are untouched; "
                + "a second run changes nothing."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "2:usage error (nothing written)", "3:some files could not be read, rewritten or written"})
final class ShimAdoptCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", description = "The project's root directory.")
    Path project;

    @Option(names = "--part", paramLabel = "DIR", required = true,
            description = "The part to move: a directory of the project, relative to PATH (shim plan lists them).")
    String part;

    @Option(names = "--api", paramLabel = "MODULE", required = true, description = "The shared module (dotted name).")
    String api;

    @Option(names = "--to", paramLabel = "MODULE",
            description = "The neutral module shim generate wrote (default: <package>.neutral.<module>).")
    String to;

    @Option(names = "--dry-run", description = "Print the changes as a unified diff and write nothing.")
    boolean dryRun;

    @Option(names = "--no-verify", description = "Do not compile the changed files with python3.")
    boolean noVerify;

    @Override
    public Integer call() throws IOException {
        PartAdopter.Adoption adoption;
        try {
            adoption = PartAdopter.run(new PartAdopter.Request(project, part, api, to, !noVerify));
        } catch (ShimException e) {
            System.err.println("greenshift: " + e.getMessage());
            return 2;
        }
        Migration.Outcome outcome = adoption.outcome();
        if (dryRun) {
            PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
            for (FileResult r : outcome.results()) {
                if (r.changed()) {
                    out.writeBytes(UnifiedDiff.encode(UnifiedDiff.of(r.file().displayPath(), r.file().text(), r.output()), r.file().charset()));
                }
            }
            out.flush();
            Summary.print(outcome, "would change", System.err);
            return Summary.hasErrors(outcome) ? 3 : 0;
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
            } catch (IOException | RuntimeException e) {
                written.set(i, r.withError("cannot write: " + e.getMessage()));
            }
        }
        outcome = outcome.withResults(written);
        Summary.print(outcome, "rewritten", System.err);
        return Summary.hasErrors(outcome) ? 3 : 0;
    }
}
