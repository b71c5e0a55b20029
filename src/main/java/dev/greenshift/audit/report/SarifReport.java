package dev.greenshift.audit.report;

import dev.greenshift.audit.AuditReport;

public final class SarifReport {
    private SarifReport() {
    }

    public static String render(AuditReport r) {
        return TextReport.render(r);
    }
}
