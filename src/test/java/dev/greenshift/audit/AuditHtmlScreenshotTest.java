package dev.greenshift.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.greenshift.audit.report.HtmlReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report renders in headless Chromium (Debian's chromium package) without network, in a
 * 1400 px wide window: a PNG comes out (target/audit-report.png, to look at), and the page is no
 * wider than the window and no table wider than the page, so the findings table never scrolls sideways.
 */
class AuditHtmlScreenshotTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final int WIDTH = 1400;

    @Test
    void htmlReportRendersInHeadlessChromium(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "skipped: /usr/bin/chromium not installed (apt-get install -y chromium)");
        Path html = dir.resolve("audit.html");
        Files.writeString(html, HtmlReport.render(AuditGoldenTest.report()));
        Path png = Path.of("target/audit-report.png").toAbsolutePath();
        Files.deleteIfExists(png);
        run(dir, "--screenshot=" + png, html);
        assertTrue(Files.size(png) > 10_000, "the screenshot is suspiciously small");
    }

    @Test
    void tablesFitThePageWhenAPathAndItsCodeAreLong(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "skipped: /usr/bin/chromium not installed (apt-get install -y chromium)");
        // The odd-names project has a long unbroken snippet; the measuring script is the test's, the report has none.
        String measure = "<script>var w = 0; document.querySelectorAll('table').forEach(function (t) {"
                + " w = Math.max(w, Math.ceil(t.getBoundingClientRect().width)); });"
                + " document.body.setAttribute('data-widths', document.documentElement.scrollWidth + ' ' + w + ' '"
                + " + document.body.clientWidth);</script></body>";
        Path html = dir.resolve("measure.html");
        Files.writeString(html, HtmlReport.render(AuditFixturesTest.audit("odd-names")).replace("</body>", measure));
        String dom = run(dir, "--dump-dom", html);
        Matcher m = Pattern.compile("data-widths=\"(\\d+) (\\d+) (\\d+)\"").matcher(dom);
        assertTrue(m.find(), () -> "no widths measured in: " + dom.substring(0, Math.min(300, dom.length())));
        int page = Integer.parseInt(m.group(1));
        int widestTable = Integer.parseInt(m.group(2));
        int body = Integer.parseInt(m.group(3));
        assertTrue(page <= WIDTH, "the page is " + page + " px wide in a " + WIDTH + " px window");
        assertTrue(widestTable <= body, "a table is " + widestTable + " px wide on a " + body + " px page");
    }

    /** Runs Chromium headless on {@code html} with one extra option; returns its standard output. */
    private static String run(Path dir, String option, Path html) throws Exception {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + dir.resolve("profile"), "--window-size=" + WIDTH + ",2000", option, html.toUri().toString()));
        Path out = dir.resolve("chromium.out");
        Process p = new ProcessBuilder(command).redirectError(dir.resolve("chromium.log").toFile()).redirectOutput(out.toFile()).start();
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "chromium did not finish within 90 s");
        assertEquals(0, p.exitValue(), () -> "chromium failed: " + read(dir.resolve("chromium.log")));
        return read(out);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
