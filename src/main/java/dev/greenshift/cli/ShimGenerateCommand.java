package dev.greenshift.cli;

import dev.greenshift.shim.ShimException;
import dev.greenshift.shim.ShimGenerate;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write the neutral interface of shared modules: one function per boundary function, with the same "
                + "parameters, defaults, annotations and docstring, that calls the original on Eventlet and the original's code "
                + "rewritten onto the concurrency module on threading, and returns no Eventlet object."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "2:usage error (nothing written)", "3:a file could not be read or written"})
final class ShimGenerateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", description = "The project's root directory.")
    Path project;

    @Option(names = "--api", paramLabel = "MODULE", required = true, description = "A shared module (dotted name), repeatable.")
    List<String> apis;

    @Option(names = "--out", paramLabel = "MODULE",
            description = "Dotted module name or .py path inside PATH (default: <package>/neutral/<module>.py; one --api only).")
    String out;

    @Option(names = "--backend-switch", paramLabel = "ENV",
            description = "Environment variable that picks the backend, eventlet or threading (default: the concurrency module's switch).")
    String switchName;

    @Option(names = "--rename", paramLabel = "OLD=NEW", description = "The neutral name of one function, instead of the rule; repeatable.")
    List<String> renames;

    @Override
    public Integer call() {
        try {
            for (ShimGenerate.Written w : ShimGenerate.run(new ShimGenerate.Request(project, apis, out, switchName, renames))) {
                System.err.println((w.replaced() ? "rewrote " : "wrote ") + w.file() + " (module " + w.module() + ")");
                w.names().forEach((original, neutral) -> System.err.println("  " + neutral + " <- " + original));
                w.notes().forEach(n -> System.err.println("  note, threading side of " + n));
            }
            return 0;
        } catch (ShimException e) {
            System.err.println("greenshift: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            System.err.println("greenshift: cannot write: " + e.getMessage());
            return 3;
        }
    }
}
