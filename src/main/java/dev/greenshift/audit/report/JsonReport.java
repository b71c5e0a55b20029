package dev.greenshift.audit.report;

import dev.greenshift.audit.AuditReport;
import dev.greenshift.audit.Disablability;
import dev.greenshift.audit.Phase;
import dev.greenshift.audit.Usage;
import dev.greenshift.audit.Wrapper;
import dev.greenshift.recipe.Category;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The audit as JSON, version 1: summary, findings, wrappers, disablable, recommendation, plan. */
public final class JsonReport {
    private JsonReport() {
    }

    public static String render(AuditReport r) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("version", 1);
        doc.put("root", r.root());
        doc.put("summary", summary(r));
        List<Object> findings = new ArrayList<>();
        for (Usage u : r.findings()) {
            findings.add(finding(u));
        }
        doc.put("findings", findings);
        List<Object> wrappers = new ArrayList<>();
        for (Wrapper w : r.wrappers()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", w.name());
            m.put("form", w.form());
            m.put("path", w.path());
            m.put("line", w.line());
            m.put("wraps", w.wraps());
            m.put("via", w.via());
            m.put("kind", w.kind().slug());
            m.put("depth", w.depth());
            m.put("uses", w.uses());
            wrappers.add(m);
        }
        doc.put("wrappers", wrappers);
        doc.put("disablable", disablable(r.disablable()));
        Map<String, Object> rec = new LinkedHashMap<>();
        rec.put("choice", r.recommendation().choice());
        rec.put("reasons", r.recommendation().reasons());
        rec.put("inputs", r.recommendation().inputs());
        doc.put("recommendation", rec);
        List<Object> plan = new ArrayList<>();
        for (Phase p : r.plan()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("phase", p.number());
            m.put("title", p.title());
            m.put("why", p.why());
            m.put("uses", p.uses());
            m.put("automatable", p.automatable());
            List<Object> parts = new ArrayList<>();
            for (Phase.PartWork w : p.parts()) {
                Map<String, Object> pm = new LinkedHashMap<>();
                pm.put("part", w.part());
                pm.put("uses", w.uses());
                pm.put("automatable", w.automatable());
                pm.put("recipes", w.recipes());
                parts.add(pm);
            }
            m.put("parts", parts);
            plan.add(m);
        }
        doc.put("plan", plan);
        if (!r.unreadable().isEmpty()) {
            doc.put("unreadable", r.unreadable());
        }
        return Json.write(doc);
    }

    private static Map<String, Object> summary(AuditReport r) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("pythonFiles", r.pythonFiles());
        s.put("findings", r.findings().size());
        s.put("codeUses", r.codeUses());
        s.put("modules", r.modulesUsingEventlet());
        s.put("wrappers", r.wrappers().size());
        s.put("maxDepth", r.maxDepth());
        s.put("automatable", r.automatable());
        Map<String, Object> kinds = new LinkedHashMap<>();
        for (Map.Entry<Category, Integer> e : r.byKind().entrySet()) {
            kinds.put(e.getKey().slug(), e.getValue());
        }
        s.put("byKind", kinds);
        s.put("byPart", new LinkedHashMap<>(r.byPart()));
        Map<String, Object> depths = new LinkedHashMap<>();
        r.byDepth().forEach((d, n) -> depths.put(String.valueOf(d), n));
        s.put("byDepth", depths);
        return s;
    }

    private static Map<String, Object> finding(Usage u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", u.path());
        m.put("line", u.line());
        m.put("column", u.column());
        m.put("symbol", u.symbol());
        m.put("kind", u.kind().slug());
        m.put("depth", u.depth());
        m.put("recipe", u.recipe());
        m.put("safety", u.safety() == null ? null : u.safety().name().toLowerCase(Locale.ROOT));
        m.put("snippet", u.snippet());
        return m;
    }

    private static Map<String, Object> disablable(Disablability d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("verdict", TextReport.verdict(d));
        m.put("reason", d.reason());
        List<Object> ev = new ArrayList<>();
        for (Disablability.Evidence e : d.evidence()) {
            Map<String, Object> em = new LinkedHashMap<>();
            em.put("path", e.path());
            em.put("line", e.line());
            em.put("where", e.where());
            em.put("condition", e.condition());
            em.put("snippet", e.snippet());
            ev.add(em);
        }
        m.put("evidence", ev);
        return m;
    }
}
