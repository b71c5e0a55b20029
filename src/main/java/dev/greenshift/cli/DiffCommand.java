package dev.greenshift.cli;

import dev.greenshift.engine.FileResult;
import dev.greenshift.engine.Migration;
import dev.greenshift.report.Printable;
import dev.greenshift.report.Summary;
import dev.greenshift.report.UnifiedDiff;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Show the changes the recipes would make, as a unified diff (git apply accepts it). Writes nothing.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no change, or changes without --check", "1:--check and some file would change",
                "2:usage or recipe error", "3:some files could not be read or rewritten"})
final class DiffCommand implements Callable<Integer> {

    @Mixin
    MigrationOptions run;

    @Option(names = "--check", description = "Exit 1 when any file would change.")
    boolean check;

    @Option(names = "--color", paramLabel = "WHEN", description = "auto, always or never (NO_COLOR is honoured).")
    Ansi.Mode color = Ansi.Mode.AUTO;


    @Override
    public Integer call() throws IOException {
        Migration.Outcome outcome = run.run();
        if (outcome == null) {
            return 2;
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        Ansi ansi = new Ansi(color);
        boolean anyChange = false;
        boolean terminal = System.console() != null;
        for (FileResult r : outcome.results()) {
            if (r.changed()) {
                anyChange = true;
                String diff = UnifiedDiff.of(r.file().displayPath(), r.file().text(), r.output());
                // On a terminal, escapes in the code would act on the screen; in a pipe, git apply needs the exact bytes.
                out.writeBytes(UnifiedDiff.encode(ansi.diff(terminal ? Printable.escapeKeepingLines(diff) : diff), r.file().charset()));
            }
        }
        out.flush();
        dev.greenshift.engine.Timings.mark("diff printed");
        if (run.machine.quiet) {
            Summary.printErrors(outcome, System.err);
        } else {
            Summary.print(outcome, "would change", System.err);
        }
        dev.greenshift.engine.Timings.mark("summary printed");
        return Summary.hasErrors(outcome) ? 3 : check && anyChange ? 1 : 0;
    }
}
