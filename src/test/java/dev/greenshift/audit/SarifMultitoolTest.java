package dev.greenshift.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.greenshift.audit.report.SarifReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SARIF report passes Microsoft's SARIF Multitool ({@code npm install -g @microsoft/sarif-multitool},
 * as .ci/run does) with its default rules (the SARIF specification's advice) and with GitHub's rules
 * (what code scanning requires to accept an upload): no error and no warning. Checked on the fixture
 * project, whose findings name recipes, and on the one with odd file names ({@code my file#1%.py}),
 * whose locations must be percent-encoded. Skipped with a message when the tool is not installed.
 */
class SarifMultitoolTest {

    @ParameterizedTest(name = "{0} with the {1} rules")
    @CsvSource({"audit-project, default", "audit-project, Gh", "odd-names, default", "odd-names, Gh"})
    void sarifPassesTheMultitool(String project, String ruleKind, @TempDir Path dir) throws Exception {
        Path tool = multitool();
        assumeTrue(tool != null, "skipped: SARIF Multitool not found (npm install -g @microsoft/sarif-multitool, "
                + "or set SARIF_MULTITOOL to its Sarif.Multitool executable)");
        AuditReport report = project.equals("audit-project") ? AuditGoldenTest.report() : AuditFixturesTest.audit(project);
        Path sarif = dir.resolve("audit.sarif");
        Files.writeString(sarif, SarifReport.render(report));
        List<String> command = new ArrayList<>(List.of(tool.toString(), "validate", sarif.toString(),
                "--output", dir.resolve("validation.sarif").toString(), "--log", "ForceOverwrite"));
        if (!ruleKind.equals("default")) {
            command.addAll(List.of("--rule-kind", ruleKind));
        }
        Path log = dir.resolve("multitool.log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the multitool did not finish within 120 s");
        String out = Files.readString(log);
        assertEquals(0, p.exitValue(), out);
        List<String> problems = out.lines().filter(l -> l.contains(": error ") || l.contains(": warning ")).toList();
        assertEquals(List.of(), problems, "the multitool's " + ruleKind + " rules report problems");
        assertTrue(out.contains("Analysis completed successfully"), out);
    }

    /** $SARIF_MULTITOOL, else the platform binary beside a global npm install of @microsoft/sarif-multitool. */
    static Path multitool() throws IOException, InterruptedException {
        String env = System.getenv("SARIF_MULTITOOL");
        if (env != null && Files.isExecutable(Path.of(env))) {
            return Path.of(env);
        }
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String platform = os.contains("win") ? "win32" : os.contains("mac") ? "darwin" : "linux";
        Process npm;
        try {
            npm = new ProcessBuilder("npm", "root", "-g").redirectErrorStream(true).start();
        } catch (IOException e) {
            return null;
        }
        if (!npm.waitFor(60, TimeUnit.SECONDS)) {
            npm.destroyForcibly();
            return null;
        }
        String root = new String(npm.getInputStream().readAllBytes()).strip();
        if (npm.exitValue() != 0) {
            return null;
        }
        // The npm wrapper (bin.js) runs the binary through a shell with unquoted arguments: call the binary itself,
        // which npm puts beside the wrapper or inside it, depending on how the install was flattened.
        String exe = platform.equals("win32") ? "Sarif.Multitool.exe" : "Sarif.Multitool";
        for (Path binary : List.of(Path.of(root, "@microsoft", "sarif-multitool-" + platform, exe),
                Path.of(root, "@microsoft", "sarif-multitool", "node_modules", "@microsoft", "sarif-multitool-" + platform, exe))) {
            if (Files.isExecutable(binary)) {
                return binary;
            }
        }
        return null;
    }
}
