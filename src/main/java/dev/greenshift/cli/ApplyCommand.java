package dev.greenshift.cli;

import dev.greenshift.engine.FileResult;
import dev.greenshift.engine.Migration;
import dev.greenshift.report.AtomicWriter;
import dev.greenshift.report.Summary;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "apply", mixinStandardHelpOptions = true,
        description = "Write the changes diff would print, in place: each file atomically, keeping permissions and line endings.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "2:usage or recipe error", "3:some files could not be read, rewritten or written"})
final class ApplyCommand implements Callable<Integer> {

    @Mixin
    MigrationOptions run;


    @Override
    public Integer call() throws IOException {
        Migration.Outcome outcome = run.run();
        if (outcome == null) {
            return 2;
        }
        int failures = 0;
        for (FileResult r : outcome.results()) {
            if (!r.changed()) {
                continue;
            }
            try {
                AtomicWriter.write(r.file().path(), r.file().encode(r.output()));
                System.err.println("rewrote " + r.file().displayPath());
            } catch (IOException e) {
                System.err.println(r.file().displayPath() + ": error: cannot write: " + e.getMessage());
                failures++;
            }
        }
        Summary.print(outcome, "rewritten", System.err);
        return Summary.hasErrors(outcome) || failures > 0 ? 3 : 0;
    }
}
