package dev.greenshift.audit.report;

import dev.greenshift.audit.AuditReport;
import dev.greenshift.audit.Disablability;
import dev.greenshift.audit.Phase;
import dev.greenshift.audit.Usage;
import dev.greenshift.audit.Wrapper;
import dev.greenshift.recipe.Category;
import dev.greenshift.report.Printable;
import java.util.Map;

/** The audit as a Markdown report a team lead pastes into a tracking issue: tables, then a task list per phase. */
public final class MarkdownReport {
    private MarkdownReport() {
    }

    public static String render(AuditReport r) {
        StringBuilder md = new StringBuilder();
        md.append("# Eventlet audit: ").append(Printable.markdownCode(r.root())).append("\n\n");
        md.append("- ").append(r.findings().size()).append(" findings, ").append(r.codeUses()).append(" uses in code in ")
                .append(r.modulesUsingEventlet()).append(" of ").append(r.pythonFiles()).append(" Python files\n");
        md.append("- maximum wrapper depth ").append(r.maxDepth()).append(", ").append(r.wrappers().size()).append(" project wrappers\n");
        md.append("- ").append(r.automatable()).append(" findings rewritable by a recipe\n");
        md.append("- Disablable: **").append(TextReport.verdict(r.disablable())).append("**, ").append(r.disablable().reason()).append('\n');
        md.append("- Recommendation: **").append(r.recommendation().choice()).append("**\n\n");
        md.append("## By kind\n\n| kind | findings |\n| --- | ---: |\n");
        for (Map.Entry<Category, Integer> e : r.byKind().entrySet()) {
            md.append("| ").append(e.getKey().title()).append(" (`").append(e.getKey().slug()).append("`) | ").append(e.getValue()).append(" |\n");
        }
        md.append("\n## By part (uses in code)\n\n| part | uses |\n| --- | ---: |\n");
        r.byPart().forEach((p, n) -> md.append("| ").append(Printable.markdownText(p)).append(" | ").append(n).append(" |\n"));
        md.append("\n## Plan\n\n");
        for (Phase p : r.plan()) {
            md.append("### ").append(p.number()).append(". ").append(p.title()).append("\n\n_").append(p.why()).append("_ (")
                    .append(p.uses()).append(" uses, ").append(p.automatable()).append(" automatable)\n\n");
            for (Phase.PartWork w : p.parts()) {
                md.append("- [ ] **").append(w.part()).append("**: ").append(w.uses()).append(" uses, ").append(w.automatable())
                        .append(" automatable").append(w.recipes().isEmpty() ? "" : " (recipes: `" + String.join("`, `", w.recipes()) + "`)")
                        .append('\n');
            }
            md.append('\n');
        }
        md.append("## Recommendation: ").append(r.recommendation().choice()).append("\n\n");
        r.recommendation().reasons().forEach(reason -> md.append("- ").append(reason).append('\n'));
        Disablability d = r.disablable();
        md.append("\n## Is Eventlet disablable? ").append(TextReport.verdict(d)).append("\n\n").append(d.reason()).append("\n\n");
        for (Disablability.Evidence e : d.evidence()) {
            md.append("- ").append(Printable.markdownCode(e.path() + ":" + e.line())).append(' ').append(e.where())
                    .append(e.condition() == null ? ", unconditional" : ", under `" + e.condition() + "`").append('\n');
        }
        if (!r.wrappers().isEmpty()) {
            md.append("\n## Wrappers\n\n| wrapper | form | wraps | depth | uses |\n| --- | --- | --- | ---: | ---: |\n");
            for (Wrapper w : r.wrappers()) {
                md.append("| `").append(w.name()).append("` (").append(Printable.markdownCode(w.path() + ":" + w.line())).append(") | ")
                        .append(w.form()).append(" | `").append(w.wraps()).append("` | ").append(w.depth()).append(" | ")
                        .append(w.uses()).append(" |\n");
            }
        }
        md.append("\n<details><summary>All ").append(r.findings().size()).append(" findings</summary>\n\n")
                .append("| location | kind | symbol | depth | recipe |\n| --- | --- | --- | ---: | --- |\n");
        for (Usage u : r.findings()) {
            md.append("| ").append(Printable.markdownCode(u.path() + ":" + u.line() + ":" + u.column())).append(" | ")
                    .append(u.kind().slug()).append(" | `").append(u.symbol()).append("` | ").append(u.depth()).append(" | ")
                    .append(TextReport.recipe(u)).append(" |\n");
        }
        md.append("\n</details>\n");
        return md.toString();
    }
}
