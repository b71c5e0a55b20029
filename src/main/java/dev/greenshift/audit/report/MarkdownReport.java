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
        md.append("# Eventlet audit: ").append(code(r.root(), false)).append("\n\n");
        md.append("- ").append(r.findings().size()).append(" findings, ").append(r.codeUses()).append(" uses in code in ")
                .append(r.modulesUsingEventlet()).append(" of ").append(r.pythonFiles()).append(" Python files\n");
        md.append("- maximum wrapper depth ").append(r.maxDepth()).append(", ").append(r.wrappers().size()).append(" project wrappers\n");
        md.append("- ").append(r.automatable()).append(" findings rewritable by a recipe\n");
        md.append("- Disablable: **").append(TextReport.verdict(r.disablable())).append("**, ").append(text(r.disablable().reason())).append('\n');
        md.append("- Recommendation: **").append(r.recommendation().choice()).append("**\n\n");
        md.append("## By kind\n\n| kind | findings |\n| --- | ---: |\n");
        for (Map.Entry<Category, Integer> e : r.byKind().entrySet()) {
            md.append("| ").append(e.getKey().title()).append(" (`").append(e.getKey().slug()).append("`) | ").append(e.getValue()).append(" |\n");
        }
        md.append("\n## By part (uses in code)\n\n| part | uses |\n| --- | ---: |\n");
        r.byPart().forEach((p, n) -> md.append("| ").append(text(p)).append(" | ").append(n).append(" |\n"));
        md.append("\n## Plan\n\n");
        for (Phase p : r.plan()) {
            md.append("### ").append(p.number()).append(". ").append(p.title()).append("\n\n_").append(p.why()).append("_ (")
                    .append(p.uses()).append(" uses, ").append(p.automatable()).append(" automatable)\n\n");
            for (Phase.PartWork w : p.parts()) {
                md.append("- [ ] **").append(text(w.part())).append("**: ").append(w.uses()).append(" uses, ").append(w.automatable())
                        .append(" automatable").append(w.recipes().isEmpty() ? "" : " (recipes: " + String.join(", ", w.recipes().stream().map(id -> code(id, false)).toList()) + ")")
                        .append('\n');
            }
            md.append('\n');
        }
        md.append("## Recommendation: ").append(r.recommendation().choice()).append("\n\n");
        r.recommendation().reasons().forEach(reason -> md.append("- ").append(text(reason)).append('\n'));
        Disablability d = r.disablable();
        md.append("\n## Is Eventlet disablable? ").append(TextReport.verdict(d)).append("\n\n").append(text(d.reason())).append("\n\n");
        for (Disablability.Evidence e : d.evidence()) {
            md.append("- ").append(code(e.path() + ":" + e.line(), false)).append(' ').append(text(e.where()))
                    .append(e.condition() == null ? ", unconditional" : ", under " + code(e.condition(), false)).append('\n');
        }
        if (!r.wrappers().isEmpty()) {
            md.append("\n## Wrappers\n\n| wrapper | form | wraps | depth | uses |\n| --- | --- | --- | ---: | ---: |\n");
            for (Wrapper w : r.wrappers()) {
                md.append("| ").append(code(w.name(), true)).append(" (").append(code(w.path() + ":" + w.line(), true)).append(") | ")
                        .append(w.form()).append(" | ").append(code(w.wraps(), true)).append(" | ").append(w.depth()).append(" | ")
                        .append(w.uses()).append(" |\n");
            }
        }
        // The blank line after </summary> is what makes common renderers read the table as Markdown.
        md.append("\n<details>\n<summary>All ").append(r.findings().size()).append(" findings</summary>\n\n")
                .append("| location | kind | symbol | depth | recipe |\n| --- | --- | --- | ---: | --- |\n");
        for (Usage u : r.findings()) {
            md.append("| ").append(code(u.path() + ":" + u.line() + ":" + u.column(), true)).append(" | ")
                    .append(u.kind().slug()).append(" | ").append(code(u.symbol(), true)).append(" | ").append(u.depth()).append(" | ")
                    .append(TextReport.recipe(u)).append(" |\n");
        }
        md.append("\n</details>\n");
        return md.toString();
    }

    /**
     * {@code s} as an inline code span: fenced by more backticks than it contains, padded when it
     * starts or ends with one; in a table cell {@code |} is escaped, which GFM allows even in code.
     */
    static String code(String s, boolean inTable) {
        int longest = 0;
        int run = 0;
        for (char c : s.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String body = inTable ? s.replace("|", "\\|") : s;
        String pad = s.startsWith("`") || s.endsWith("`") ? " " : "";
        return fence + pad + body + pad + fence;
    }

    /** {@code s} as plain Markdown text: characters that would start markup, a table cell or raw HTML are escaped. */
    static String text(String s) {
        String escaped = s.replaceAll("([\\\\`*\\[\\]<>|])", "\\\\$1");
        // An underscore inside a word (monkey_patch) never starts emphasis; only one at a word's edge can.
        return escaped.replaceAll("(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])", "\\\\_");
    }
}
