package dev.greenshift.audit.report;

import dev.greenshift.audit.AuditReport;
import dev.greenshift.audit.Disablability;
import dev.greenshift.audit.Phase;
import dev.greenshift.audit.Usage;
import dev.greenshift.audit.Wrapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit as one self-contained HTML page (no script, no network): headline figures, inline SVG
 * bar charts (findings by kind, code uses by part, depth distribution, the plan's phases split into
 * automatable and by-hand work), the advice, and the findings table.
 */
public final class HtmlReport {
    private static final String AUTO = "#2e7d32";
    private static final String HAND = "#c62828";
    private static final String BAR = "#3949ab";

    private HtmlReport() {
    }

    public static String render(AuditReport r) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Eventlet audit: ")
                .append(esc(r.root())).append("</title>\n<style>\n")
                .append("body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#222;max-width:1150px}")
                .append("h1{font-size:22px}h2{font-size:17px;margin-top:28px}.cards{display:flex;gap:12px;flex-wrap:wrap}")
                .append(".card{border:1px solid #ddd;border-radius:6px;padding:10px 14px;min-width:120px}")
                .append(".card b{display:block;font-size:22px}.charts{display:flex;flex-wrap:wrap;gap:24px}")
                .append("table{border-collapse:collapse;font-size:12px}td,th{border-bottom:1px solid #eee;padding:3px 6px;text-align:left;vertical-align:top}")
                // The findings table keeps to the page: fixed column widths, long paths and code wrap inside their cells.
                .append("table.findings{width:100%;table-layout:fixed}table.findings td{overflow-wrap:anywhere}")
                .append("table.findings td:last-child code{white-space:pre-wrap}")
                .append("code{font-size:12px}.yes{color:" + AUTO + "}.no{color:" + HAND + "}.maybe{color:#ef6c00}.not-used{color:#555}")
                .append("\n</style></head><body>\n");
        h.append("<h1>Eventlet audit: <code>").append(esc(r.root())).append("</code></h1>\n<div class=\"cards\">");
        card(h, r.findings().size(), "findings");
        card(h, r.codeUses(), "uses in code");
        card(h, r.modulesUsingEventlet(), "modules using Eventlet");
        card(h, r.wrappers().size(), "project wrappers");
        card(h, r.maxDepth(), "max depth");
        card(h, r.automatable(), "rewritable by a recipe");
        Disablability d = r.disablable();
        String verdict = TextReport.verdict(d);
        h.append("<div class=\"card\"><b class=\"").append(verdict.toLowerCase().replace(' ', '-')).append("\">").append(verdict)
                .append("</b>disablable</div><div class=\"card\"><b>").append(esc(r.recommendation().choice()))
                .append("</b>recommended</div></div>\n");

        h.append("<div class=\"charts\">\n");
        Map<String, Integer> kinds = new LinkedHashMap<>();
        r.byKind().forEach((k, n) -> kinds.put(k.slug(), n));
        chart(h, "Findings by kind", kinds);
        chart(h, "Uses in code by part", r.byPart());
        Map<String, Integer> depths = new LinkedHashMap<>();
        r.byDepth().forEach((k, n) -> depths.put(k == 1 ? "1 (direct)" : String.valueOf(k), n));
        chart(h, "Depth (1 = direct, n = through n-1 wrappers)", depths);
        planChart(h, r.plan());
        h.append("</div>\n");

        h.append("<h2>Plan</h2>\n<ol>\n");
        for (Phase p : r.plan()) {
            h.append("<li><b>").append(esc(p.title())).append("</b>: ").append(p.uses()).append(" uses, ")
                    .append(p.automatable()).append(" automatable. <i>").append(esc(p.why())).append("</i><ul>");
            for (Phase.PartWork w : p.parts()) {
                h.append("<li>").append(esc(w.part())).append(": ").append(w.uses()).append(" uses, ").append(w.automatable())
                        .append(" automatable").append(w.recipes().isEmpty() ? "" : " (" + esc(String.join(", ", w.recipes())) + ")")
                        .append("</li>");
            }
            h.append("</ul></li>\n");
        }
        h.append("</ol>\n<h2>Recommendation: ").append(esc(r.recommendation().choice())).append("</h2>\n<ul>");
        r.recommendation().reasons().forEach(reason -> h.append("<li>").append(esc(reason)).append("</li>"));
        h.append("</ul>\n<h2>Is Eventlet disablable? <span class=\"").append(verdict.toLowerCase().replace(' ', '-')).append("\">")
                .append(verdict).append("</span></h2>\n<p>").append(esc(d.reason())).append("</p>\n<ul>");
        for (Disablability.Evidence e : d.evidence()) {
            h.append("<li><code>").append(esc(e.path())).append(':').append(e.line()).append("</code> ").append(esc(e.where()))
                    .append(e.condition() == null ? ", unconditional" : ", under <code>" + esc(e.condition()) + "</code>").append("</li>");
        }
        h.append("</ul>\n");
        if (!r.wrappers().isEmpty()) {
            h.append("<h2>Wrappers</h2>\n<table><tr><th>wrapper</th><th>form</th><th>wraps</th><th>depth</th><th>uses</th></tr>\n");
            for (Wrapper w : r.wrappers()) {
                h.append("<tr><td><code>").append(esc(w.name())).append("</code></td><td>").append(w.form()).append("</td><td><code>")
                        .append(esc(w.wraps())).append("</code></td><td>").append(w.depth()).append("</td><td>").append(w.uses())
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("<h2>Findings</h2>\n<table class=\"findings\"><colgroup><col style=\"width:22%\"><col style=\"width:11%\">")
                .append("<col style=\"width:17%\"><col style=\"width:5%\"><col style=\"width:12%\"><col style=\"width:33%\"></colgroup>\n")
                .append("<tr><th>location</th><th>kind</th><th>symbol</th><th>depth</th><th>recipe</th><th>code</th></tr>\n");
        for (Usage u : r.findings()) {
            h.append("<tr><td><code>").append(esc(u.path())).append(':').append(u.line()).append(':').append(u.column())
                    .append("</code></td><td>").append(u.kind().slug()).append("</td><td><code>").append(esc(u.symbol()))
                    .append("</code></td><td>").append(u.depth()).append("</td><td>").append(esc(TextReport.recipe(u)))
                    .append("</td><td><code>").append(esc(u.snippet())).append("</code></td></tr>\n");
        }
        h.append("</table>\n</body></html>\n");
        return h.toString();
    }

    private static void card(StringBuilder h, int value, String label) {
        h.append("<div class=\"card\"><b>").append(value).append("</b>").append(esc(label)).append("</div>");
    }

    /** Pixels per character of a 12 px label, wide enough for the widest common glyphs of a sans-serif font. */
    private static final double CHAR_PX = 7.2;
    private static final int BAR_PX = 280;

    /** The x where bars start: right of the longest label, so that no label is cut. */
    private static int labelWidth(List<String> labels) {
        int longest = labels.stream().mapToInt(String::length).max().orElse(0);
        return Math.max(120, (int) Math.ceil(longest * CHAR_PX) + 10);
    }

    /** A horizontal bar chart, one bar per entry, scaled to the largest. */
    private static void chart(StringBuilder h, String title, Map<String, Integer> data) {
        List<String> labels = new ArrayList<>(data.keySet());
        int max = Math.max(1, data.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        int rowH = 22;
        int height = 30 + rowH * Math.max(1, labels.size());
        int x = labelWidth(labels);
        int width = Math.max(540, x + BAR_PX + 60);
        h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"").append(esc(title)).append("\">")
                .append("<text x=\"0\" y=\"16\" font-weight=\"bold\" font-size=\"14\">").append(esc(title)).append("</text>");
        for (int i = 0; i < labels.size(); i++) {
            int y = 26 + i * rowH;
            int n = data.get(labels.get(i));
            int w = (int) Math.round((double) BAR_PX * n / max);
            h.append("<text x=\"").append(x - 6).append("\" y=\"").append(y + 14).append("\" font-size=\"12\" text-anchor=\"end\">")
                    .append(esc(labels.get(i))).append("</text><rect x=\"").append(x).append("\" y=\"").append(y + 2).append("\" width=\"")
                    .append(Math.max(w, 1)).append("\" height=\"16\" fill=\"" + BAR + "\"/><text x=\"").append(x + 4 + w)
                    .append("\" y=\"").append(y + 14).append("\" font-size=\"12\">").append(n).append("</text>");
        }
        h.append("</svg>\n");
    }

    /** The plan: one bar per phase, automatable part in green, the rest in red; phase titles in full. */
    private static void planChart(StringBuilder h, List<Phase> plan) {
        int max = Math.max(1, plan.stream().mapToInt(Phase::uses).max().orElse(1));
        int rowH = 22;
        int height = 48 + rowH * Math.max(1, plan.size());
        List<String> labels = plan.stream().map(p -> p.number() + ". " + p.title()).toList();
        int x = labelWidth(labels);
        int width = Math.max(540, x + BAR_PX + 60);
        h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"Plan\"><text x=\"0\" y=\"16\" font-weight=\"bold\" font-size=\"14\">Plan: ")
                .append("uses per phase</text><rect x=\"300\" y=\"5\" width=\"12\" height=\"12\" fill=\"" + AUTO + "\"/>")
                .append("<text x=\"316\" y=\"16\" font-size=\"12\">automatable</text><rect x=\"410\" y=\"5\" width=\"12\" height=\"12\" fill=\"")
                .append(HAND).append("\"/><text x=\"426\" y=\"16\" font-size=\"12\">by hand</text>");
        for (int i = 0; i < plan.size(); i++) {
            Phase p = plan.get(i);
            int y = 26 + i * rowH;
            int auto = (int) Math.round((double) BAR_PX * p.automatable() / max);
            int hand = (int) Math.round((double) BAR_PX * (p.uses() - p.automatable()) / max);
            h.append("<text x=\"").append(x - 6).append("\" y=\"").append(y + 14).append("\" font-size=\"12\" text-anchor=\"end\">")
                    .append(esc(labels.get(i))).append("</text><rect x=\"").append(x).append("\" y=\"").append(y + 2)
                    .append("\" width=\"").append(auto).append("\" height=\"16\" fill=\"" + AUTO + "\"/><rect x=\"").append(x + auto)
                    .append("\" y=\"").append(y + 2).append("\" width=\"").append(Math.max(hand, 1)).append("\" height=\"16\" fill=\"" + HAND + "\"/>")
                    .append("<text x=\"").append(x + 4 + auto + hand).append("\" y=\"").append(y + 14).append("\" font-size=\"12\">")
                    .append(p.uses()).append("</text>");
        }
        h.append("</svg>\n");
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
