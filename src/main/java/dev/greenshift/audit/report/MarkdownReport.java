package dev.greenshift.audit.report;

import dev.greenshift.audit.AuditReport;

public final class MarkdownReport {
    private MarkdownReport() {
    }

    public static String render(AuditReport r) {
        return TextReport.render(r);
    }
}
