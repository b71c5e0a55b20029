package dev.greenshift.shim;

import dev.greenshift.audit.report.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code shim plan}'s output: per shared module, each boundary entry with the neutral name
 * {@code generate} would give it, what it exposes of Eventlet, the notes its threading side carries,
 * and its callers by part. Text for people, JSON for tools.
 */
public final class PlanReport {
    private PlanReport() {
    }

    public static String text(List<ApiBoundary> boundaries) {
        StringBuilder out = new StringBuilder();
        for (ApiBoundary b : boundaries) {
            out.append(b.api().module()).append(" (").append(b.api().relativePath()).append("): ");
            out.append(b.entries().isEmpty() ? "no public name uses Eventlet\n" : count(b.entries().size(), "boundary name") + "\n");
            Map<String, Integer> parts = new java.util.TreeMap<>();
            for (ApiBoundary.Entry e : b.entries()) {
                out.append("  ").append(e.kindName()).append(' ').append(e.name()).append(" (line ").append(e.line()).append(")");
                if (e.kind() == ApiBoundary.Kind.FUNCTION) {
                    out.append(" -> ").append(NeutralNames.byRule(e.name()));
                }
                out.append('\n');
                line(out, "exposes", e.exposes().isEmpty() ? List.of("no Eventlet object that greenshift can see (generate converts every result anyway)") : e.exposes());
                line(out, "threading side", e.notes().isEmpty() ? List.of("rewritten by the neutral pack, no notes") : e.notes());
                if (e.callers().isEmpty()) {
                    out.append("    callers: none\n");
                }
                e.callers().forEach((part, callers) -> {
                    parts.merge(part, callers.size(), Integer::sum);
                    List<String> where = callers.stream().map(c -> c.path() + ":" + c.line() + ":" + c.column()).toList();
                    out.append("    callers in ").append(part).append(": ").append(String.join(", ", where)).append('\n');
                });
            }
            if (!parts.isEmpty()) {
                List<String> each = new ArrayList<>();
                parts.forEach((part, n) -> each.add(part + " (" + count(n, "reference") + ")"));
                out.append("  parts, each adopted on its own (shim adopt --part DIR): ").append(String.join(", ", each)).append('\n');
            }
        }
        return out.toString();
    }

    public static String json(List<ApiBoundary> boundaries) {
        List<Object> modules = new ArrayList<>();
        for (ApiBoundary b : boundaries) {
            List<Object> entries = new ArrayList<>();
            for (ApiBoundary.Entry e : b.entries()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("name", e.name());
                entry.put("kind", e.kindName());
                entry.put("line", e.line());
                entry.put("neutral", e.kind() == ApiBoundary.Kind.FUNCTION ? NeutralNames.byRule(e.name()) : null);
                entry.put("exposes", e.exposes());
                entry.put("notes", e.notes());
                Map<String, Object> callers = new LinkedHashMap<>();
                e.callers().forEach((part, list) -> callers.put(part, list.stream().map(c -> {
                    Map<String, Object> at = new LinkedHashMap<>();
                    at.put("path", c.path());
                    at.put("line", c.line());
                    at.put("column", c.column());
                    return (Object) at;
                }).toList()));
                entry.put("callers", callers);
                entries.add(entry);
            }
            Map<String, Object> module = new LinkedHashMap<>();
            module.put("module", b.api().module());
            module.put("path", b.api().relativePath());
            module.put("entries", entries);
            modules.add(module);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", 1);
        root.put("modules", modules);
        return Json.write(root);
    }

    private static void line(StringBuilder out, String label, List<String> items) {
        out.append("    ").append(label).append(": ").append(String.join("; ", items)).append('\n');
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
