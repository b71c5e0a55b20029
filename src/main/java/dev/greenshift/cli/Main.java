package dev.greenshift.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The greenshift command line: subcommands, --help and --version. Usage errors exit 2. */
@Command(name = "greenshift",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Migrates Python code off Eventlet: audit, rewrite with recipes, diff, apply.",
        subcommands = {AuditCommand.class,
                DiffCommand.class, ApplyCommand.class, RecipesCommand.class, ShimCommand.class, RoundtripCommand.class, BenchCommand.class, StyleCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code, for the launcher and for tests. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((ex, a) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("greenshift: " + ex.getMessage());
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
            return 2;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"greenshift " + dev.greenshift.report.Product.current().version()};
        }
    }
}
