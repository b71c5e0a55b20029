package dev.greenshift.cli;

import dev.greenshift.audit.Audit;
import dev.greenshift.audit.AuditReport;
import dev.greenshift.audit.report.HtmlReport;
import dev.greenshift.audit.report.JsonReport;
import dev.greenshift.audit.report.MarkdownReport;
import dev.greenshift.audit.report.SarifReport;
import dev.greenshift.audit.report.TextReport;
import dev.greenshift.config.ProjectConfig;
import dev.greenshift.recipe.Category;
import dev.greenshift.report.AtomicWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Inventory every Eventlet use (code through imports, aliases and project wrappers; test patches; "
                + "requirements; config; docs), say whether Eventlet can be switched off, recommend an alternative and plan the migration.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:audit done (and no finding of the --fail-on kind)", "1:--fail-on and such findings exist",
                "2:usage or recipe error", "3:the output file could not be written"})
final class AuditCommand implements Callable<Integer> {

    enum Format { TEXT, JSON, SARIF, MARKDOWN, HTML }

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Project directories or files.")
    List<Path> paths;

    @Mixin
    RecipeOptions recipes;

    @Mixin
    SelectionOptions selection;

    @Mixin
    RunOptions machine;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json, sarif, markdown or html.")
    Format format = Format.TEXT;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "KIND|any", description = "Exit 1 when there are findings of this kind (a usage kind slug, or any).")
    String failOn;

    @Override
    public Integer call() throws IOException {
        if (failOn != null && !failOn.equals("any") && Category.bySlug(failOn) == null) {
            System.err.println("greenshift: unknown kind for --fail-on: " + failOn + " (expected any or one of " + Category.slugs() + ")");
            return 2;
        }
        for (Path p : paths) {
            if (!Files.exists(p)) {
                System.err.println("greenshift: " + dev.greenshift.report.Printable.escape(p.toString()) + ": no such file or directory");
                return 2;
            }
        }
        ProjectConfig config = ProjectSettings.findOrReport(paths);
        if (config == null) {
            return 2;
        }
        dev.greenshift.recipe.RecipeSet selected = recipes.loadOrReport(config, paths);
        if (selected == null) {
            return 2;
        }
        AuditReport report;
        dev.greenshift.engine.Progress progress = TerminalProgress.onStderr(machine.quiet);
        try {
            report = machine.withJobs(() -> new Audit(selected).run(paths, selection.selection(config), progress));
        } catch (IllegalArgumentException e) {
            System.err.println("greenshift: " + e.getMessage());
            return 2;
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            TerminalProgress.end(progress);
        }
        String rendered = switch (format) {
            case TEXT -> dev.greenshift.report.Printable.escapeKeepingLines(TextReport.render(report));
            case JSON -> JsonReport.render(report);
            case SARIF -> SarifReport.render(report);
            case MARKDOWN -> MarkdownReport.render(report);
            case HTML -> HtmlReport.render(report);
        };
        if (output == null) {
            PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
            out.print(rendered);
            out.flush();
        } else {
            try {
                byte[] bytes = rendered.getBytes(StandardCharsets.UTF_8);
                if (Files.exists(output)) {
                    AtomicWriter.write(output, bytes);
                } else {
                    Files.write(output, bytes);
                }
            } catch (IOException e) {
                System.err.println("greenshift: cannot write " + output + ": " + e.getMessage());
                return 3;
            }
        }
        report.unreadable().forEach(u -> System.err.println(dev.greenshift.report.Printable.escape(u + " (unreadable)")));
        if (failOn != null && report.count(failOn) > 0) {
            if (!machine.quiet) {
                System.err.println("greenshift: " + report.count(failOn) + " finding(s) of kind " + failOn);
            }
            return 1;
        }
        return 0;
    }
}
