package dev.greenshift.cli;

import dev.greenshift.shim.ConcurrencyShim;
import dev.greenshift.shim.ShimException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "shim", mixinStandardHelpOptions = true,
        description = "Generate project-local modules for a dual-mode migration.",
        subcommands = {ShimCommand.Concurrency.class, ShimPlanCommand.class, ShimGenerateCommand.class, ShimAdoptCommand.class})
final class ShimCommand implements Runnable {

    @Override
    public void run() {
        picocli.CommandLine.usage(this, System.out);
    }

    @Command(name = "concurrency", mixinStandardHelpOptions = true,
            description = {"Write the project's concurrency module: spawn, pools, events, queues, Timeout... on Eventlet or on "
                    + "native threads, chosen once per process; record it in pyproject.toml ([tool.greenshift] neutral-module) "
                    + "for 'apply --recipes neutral'."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:written", "2:usage error (nothing written)", "3:the file could not be written"})
    static final class Concurrency implements Callable<Integer> {
        @Parameters(paramLabel = "PATH", description = "The project's root directory.")
        Path project;

        @Option(names = "--module", paramLabel = "MODULE",
                description = "Dotted module name or .py path inside PATH (default: <top package>/concurrency.py).")
        String module;

        @Option(names = "--switch", paramLabel = "ENV",
                description = "Environment variable that picks the backend: eventlet or threading (default: <TOP PACKAGE>_CONCURRENCY).")
        String switchName;

        @Option(names = "--default", paramLabel = "eventlet|threading", defaultValue = "eventlet",
                description = "Backend when neither the variable nor init_backend() picks one (default: ${DEFAULT-VALUE}).")
        ConcurrencyShim.Backend fallback;

        @Override
        public Integer call() {
            try {
                ConcurrencyShim.Written w = ConcurrencyShim.generate(new ConcurrencyShim.Request(project, module, switchName, fallback));
                System.err.println((w.replaced() ? "rewrote " : "wrote ") + w.file() + " (module " + w.module() + ", switch "
                        + w.switchName() + ")");
                if (w.pyprojectChanged()) {
                    System.err.println("recorded " + ConcurrencyShim.SETTING + " = \"" + w.module() + "\" in [tool.greenshift] of "
                            + ConcurrencyShim.PYPROJECT);
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
}
