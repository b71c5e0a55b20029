package dev.greenshift.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.greenshift.audit.report.HtmlReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report renders in headless Chromium (Debian's chromium package) without network: a PNG comes out. */
class AuditHtmlScreenshotTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void htmlReportRendersInHeadlessChromium(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "skipped: /usr/bin/chromium not installed (apt-get install -y chromium)");
        Path html = dir.resolve("audit.html");
        Files.writeString(html, HtmlReport.render(AuditGoldenTest.report()));
        Path png = Path.of("target/audit-report.png").toAbsolutePath();
        Files.deleteIfExists(png);
        Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + dir.resolve("profile"), "--screenshot=" + png, "--window-size=1200,2000",
                html.toUri().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "chromium did not finish within 90 s");
        assertEquals(0, p.exitValue(), () -> "chromium failed: " + readLog(dir));
        assertTrue(Files.size(png) > 10_000, "the screenshot is suspiciously small");
    }

    private static String readLog(Path dir) {
        try {
            return Files.readString(dir.resolve("chromium.log"));
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
