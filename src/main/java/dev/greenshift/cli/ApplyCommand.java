package dev.greenshift.cli;

import dev.greenshift.engine.Engine;
import dev.greenshift.engine.FileResult;
import dev.greenshift.engine.Migration;
import dev.greenshift.report.AtomicWriter;
import dev.greenshift.report.Summary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "apply", mixinStandardHelpOptions = true,
        description = "Write the changes diff would print, in place: each file atomically, keeping permissions and line endings.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "2:usage or recipe error", "3:some files could not be read, rewritten or written"})
final class ApplyCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories.")
    List<Path> paths;

    @Mixin
    RecipeOptions recipes;

    @Option(names = "--verify", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Compile changed files with python3 before writing (default: on when python3 is found).")
    boolean verify;

    @Override
    public Integer call() throws IOException {
        dev.greenshift.recipe.RecipeSet selected = recipes.loadOrReport();
        if (selected == null) {
            return 2;
        }
        Migration.Outcome outcome = Migration.run(new Engine(selected), paths, verify);
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
