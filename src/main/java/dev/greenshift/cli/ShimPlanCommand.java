package dev.greenshift.cli;

import dev.greenshift.shim.ApiBoundary;
import dev.greenshift.shim.PlanReport;
import dev.greenshift.shim.ShimException;
import dev.greenshift.shim.ShimPlan;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Find the boundary of shared modules: their public functions, classes and methods that use Eventlet "
                + "(directly or through each other), what each exposes of Eventlet, the notes their threading side carries, "
                + "and their callers per part. Writes nothing."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:printed", "2:usage error (a module that does not exist or does not parse...)", "3:files could not be read"})
final class ShimPlanCommand implements Callable<Integer> {
    enum Format { TEXT, JSON }

    @Parameters(paramLabel = "PATH", description = "The project's root directory.")
    Path project;

    @Option(names = "--api", paramLabel = "MODULE",
            description = "A shared module (dotted name), repeatable (default: the modules the audit marks as wrappers).")
    List<String> apis;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        try {
            List<ApiBoundary> boundaries = ShimPlan.run(project, apis);
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            out.print(format == Format.JSON ? PlanReport.json(boundaries) : PlanReport.text(boundaries));
            out.flush();
            return 0;
        } catch (ShimException e) {
            System.err.println("greenshift: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            System.err.println("greenshift: cannot read: " + e.getMessage());
            return 3;
        }
    }
}
