package dev.greenshift.audit.report;

import dev.greenshift.audit.AuditReport;
import dev.greenshift.audit.Disablability;
import dev.greenshift.audit.Phase;
import dev.greenshift.audit.Usage;
import dev.greenshift.audit.Wrapper;
import dev.greenshift.recipe.Category;
import java.util.Locale;
import java.util.Map;

/** The audit for a terminal: tables by kind and by part, then findings grouped by file, then the advice. */
public final class TextReport {
    private TextReport() {
    }

    public static String render(AuditReport r) {
        StringBuilder out = new StringBuilder();
        out.append("Eventlet audit of ").append(r.root()).append(": ").append(r.findings().size()).append(" findings, ")
                .append(r.codeUses()).append(" uses in code in ").append(r.modulesUsingEventlet()).append(" of ")
                .append(r.pythonFiles()).append(" Python files, max depth ").append(r.maxDepth()).append(", ")
                .append(r.automatable()).append(" rewritable by a recipe\n\n");
        out.append(String.format("%-52s %6s%n", "kind", "count"));
        for (Map.Entry<Category, Integer> e : r.byKind().entrySet()) {
            out.append(String.format("%-52s %6d%n", e.getKey().title() + " (" + e.getKey().slug() + ")", e.getValue()));
        }
        out.append('\n').append(String.format("%-52s %6s%n", "part (uses in code)", "count"));
        for (Map.Entry<String, Integer> e : r.byPart().entrySet()) {
            out.append(String.format("%-52s %6d%n", e.getKey(), e.getValue()));
        }
        out.append("\ndepth:");
        r.byDepth().forEach((d, n) -> out.append(' ').append(d).append('=').append(n));
        out.append("\n\nFindings\n");
        String file = null;
        for (Usage u : r.findings()) {
            if (!u.path().equals(file)) {
                file = u.path();
                out.append('\n').append(file).append('\n');
            }
            out.append("  ").append(u.path()).append(':').append(u.line()).append(':').append(u.column()).append(": ")
                    .append(u.kind().slug()).append(' ').append(u.symbol());
            if (u.depth() > 1) {
                out.append(" (depth ").append(u.depth()).append(')');
            }
            out.append(" [").append(recipe(u)).append("]\n");
            out.append("      ").append(u.snippet()).append('\n');
        }
        if (!r.wrappers().isEmpty()) {
            out.append("\nWrappers\n");
            for (Wrapper w : r.wrappers()) {
                out.append("  ").append(w.name()).append(" (").append(w.form()).append(", ").append(w.path()).append(':')
                        .append(w.line()).append(") wraps ").append(w.wraps()).append(" at depth ").append(w.depth())
                        .append(", ").append(w.uses()).append(" use(s)\n");
            }
        }
        Disablability d = r.disablable();
        out.append("\nIs Eventlet disablable? ").append(verdict(d)).append(": ").append(d.reason()).append('\n');
        for (Disablability.Evidence e : d.evidence()) {
            out.append("  ").append(e.path()).append(':').append(e.line()).append(": ").append(e.where())
                    .append(e.condition() == null ? ", unconditional" : ", under " + e.condition()).append('\n');
        }
        out.append("\nRecommendation: ").append(r.recommendation().choice()).append('\n');
        for (String reason : r.recommendation().reasons()) {
            out.append("  - ").append(reason).append('\n');
        }
        out.append("\nPlan\n");
        for (Phase p : r.plan()) {
            out.append(String.format("  %d. %s: %d use(s), %d automatable%n     %s%n", p.number(), p.title(), p.uses(),
                    p.automatable(), p.why()));
            for (Phase.PartWork w : p.parts()) {
                out.append(String.format("     - %s: %d use(s), %d automatable%s%n", w.part(), w.uses(), w.automatable(),
                        w.recipes().isEmpty() ? "" : ", recipes " + String.join(", ", w.recipes())));
            }
        }
        if (!r.unreadable().isEmpty()) {
            out.append("\nUnreadable\n");
            r.unreadable().forEach(u -> out.append("  ").append(u).append('\n'));
        }
        return out.toString();
    }

    static String recipe(Usage u) {
        return u.recipe() == null ? "no recipe" : u.recipe() + " " + u.safety().name().toLowerCase(Locale.ROOT);
    }

    static String verdict(Disablability d) {
        String v = d.verdict().name().replace('_', ' ');
        return v.charAt(0) + v.substring(1).toLowerCase(Locale.ROOT);
    }
}
