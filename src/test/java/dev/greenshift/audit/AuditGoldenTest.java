package dev.greenshift.audit;

import dev.greenshift.audit.report.HtmlReport;
import dev.greenshift.audit.report.JsonReport;
import dev.greenshift.audit.report.MarkdownReport;
import dev.greenshift.audit.report.SarifReport;
import dev.greenshift.audit.report.TextReport;
import dev.greenshift.recipe.RecipeLoader;
import dev.greenshift.recipe.RecipeSet;
import dev.greenshift.golden.GoldenFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every report format of the audit of our fixture project (src/test/resources/audit-project)
 * equals its approved file, golden/audit/report.approved.&lt;ext&gt;. The recipes are the engine's
 * test pack, so that new bundled recipes do not move these files.
 */
class AuditGoldenTest {
    static final Path PROJECT = Path.of("src/test/resources/audit-project");
    private static AuditReport report;

    @BeforeAll
    static void audit() throws Exception {
        RecipeSet recipes = RecipeLoader.load(List.of(Path.of("rules"), Path.of("src/test/resources/rules"))).select(List.of("engine"));
        report = new Audit(recipes).run(List.of(PROJECT));
    }

    static AuditReport report() throws Exception {
        if (report == null) {
            audit();
        }
        return report;
    }

    @Test
    void textReport() throws Exception {
        verify("txt", TextReport::render);
    }

    @Test
    void jsonReport() throws Exception {
        verify("json", JsonReport::render);
    }

    @Test
    void sarifReport() throws Exception {
        verify("sarif", SarifReport::render);
    }

    @Test
    void markdownReport() throws Exception {
        verify("md", MarkdownReport::render);
    }

    @Test
    void htmlReport() throws Exception {
        verify("html", HtmlReport::render);
    }

    private static void verify(String extension, Function<AuditReport, String> format) throws Exception {
        GoldenFiles.verify(format.apply(report()), Path.of("golden/audit/report.approved." + extension),
                Path.of("golden/audit/report.received." + extension));
    }
}
