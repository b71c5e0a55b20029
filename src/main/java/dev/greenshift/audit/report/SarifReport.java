package dev.greenshift.audit.report;

import dev.greenshift.audit.AuditReport;
import dev.greenshift.audit.Usage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The findings as SARIF 2.1.0 for code scanning: one rule per recipe (uses a recipe rewrites) or
 * per kind (uses no recipe covers), one result per finding with its location relative to the root.
 */
public final class SarifReport {
    private SarifReport() {
    }

    public static String render(AuditReport r) {
        Map<String, Usage> ruleExamples = new TreeMap<>();
        for (Usage u : r.findings()) {
            ruleExamples.putIfAbsent(ruleId(u), u);
        }
        List<String> ruleIds = new ArrayList<>(ruleExamples.keySet());
        List<Object> rules = new ArrayList<>();
        for (String id : ruleIds) {
            Usage u = ruleExamples.get(id);
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("id", id);
            rule.put("name", id);
            rule.put("shortDescription", Map.of("text", u.recipe() != null
                    ? "Eventlet use handled by recipe " + u.recipe() + " (" + safety(u) + ")"
                    : "Eventlet use of kind " + u.kind().title() + ", no recipe"));
            rule.put("defaultConfiguration", Map.of("level", level(u)));
            rule.put("properties", Map.of("tags", List.of("eventlet", u.kind().slug())));
            rules.add(rule);
        }
        List<Object> results = new ArrayList<>();
        for (Usage u : r.findings()) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("ruleId", ruleId(u));
            result.put("ruleIndex", ruleIds.indexOf(ruleId(u)));
            result.put("level", level(u));
            result.put("message", Map.of("text", message(u)));
            Map<String, Object> region = new LinkedHashMap<>();
            region.put("startLine", u.line());
            region.put("startColumn", u.column());
            Map<String, Object> physical = new LinkedHashMap<>();
            Map<String, Object> artifact = new LinkedHashMap<>();
            artifact.put("uri", u.path());
            artifact.put("uriBaseId", "%SRCROOT%");
            physical.put("artifactLocation", artifact);
            physical.put("region", region);
            result.put("locations", List.of(Map.of("physicalLocation", physical)));
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("symbol", u.symbol());
            props.put("kind", u.kind().slug());
            props.put("depth", u.depth());
            result.put("properties", props);
            results.add(result);
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "greenshift");
        driver.put("informationUri", "https://github.com/eventlet/eventlet");
        driver.put("rules", rules);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("results", results);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        doc.put("version", "2.1.0");
        doc.put("runs", List.of(run));
        return Json.write(doc);
    }

    static String ruleId(Usage u) {
        return u.recipe() != null ? u.recipe() : "eventlet/" + u.kind().slug();
    }

    private static String level(Usage u) {
        return u.inCode() ? "warning" : "note";
    }

    private static String safety(Usage u) {
        return u.safety().name().toLowerCase(Locale.ROOT);
    }

    private static String message(Usage u) {
        String depth = u.depth() > 1 ? " through " + (u.depth() - 1) + " project wrapper(s)" : "";
        String recipe = u.recipe() == null ? "; no recipe rewrites it" : "; recipe " + u.recipe() + " (" + safety(u) + ") rewrites it";
        return u.kind().title() + ": " + u.symbol() + depth + recipe;
    }
}
