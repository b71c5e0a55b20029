package dev.greenshift.audit;

import dev.greenshift.recipe.Category;
import dev.greenshift.recipe.Recipe;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything an audit found, ready for any report writer: the findings in a stable order (path,
 * line, column, symbol), the wrappers, the disablability verdict, the advice and the plan.
 * {@code parts} maps each path with findings to its functional part; {@code recipes} holds, by id,
 * the recipes the findings name (what they rewrite and why, for reports that describe their rules).
 */
public record AuditReport(String root, int pythonFiles, int otherFiles, List<Usage> findings, List<Wrapper> wrappers,
                          Disablability disablable, Recommendation recommendation, List<Phase> plan,
                          Map<String, String> parts, List<String> unreadable, Map<String, Recipe> recipes) {

    public AuditReport {
        recipes = Map.copyOf(recipes);
        findings = List.copyOf(findings);
        wrappers = List.copyOf(wrappers);
        plan = List.copyOf(plan);
        unreadable = List.copyOf(unreadable);
    }

    /** Finding counts per kind, in the guide's order, kinds with none left out. */
    public Map<Category, Integer> byKind() {
        Map<Category, Integer> counts = new LinkedHashMap<>();
        for (Category c : Category.values()) {
            int n = (int) findings.stream().filter(u -> u.kind() == c).count();
            if (n > 0) {
                counts.put(c, n);
            }
        }
        return counts;
    }

    /** Code use counts per functional part (test patches, requirements, config and docs aside). */
    public Map<String, Integer> byPart() {
        Map<String, Integer> counts = new TreeMap<>();
        findings.stream().filter(Usage::inCode).forEach(u -> counts.merge(partOf(u), 1, Integer::sum));
        return counts;
    }

    /** Code and test use counts per depth (1 = direct). */
    public Map<Integer, Integer> byDepth() {
        Map<Integer, Integer> counts = new TreeMap<>();
        findings.stream().filter(u -> u.inCode() || u.kind() == Category.TESTS).forEach(u -> counts.merge(u.depth(), 1, Integer::sum));
        return counts;
    }

    public String partOf(Usage u) {
        return parts.getOrDefault(u.path(), "(project)");
    }

    public int codeUses() {
        return (int) findings.stream().filter(Usage::inCode).count();
    }

    public int automatable() {
        return (int) findings.stream().filter(Usage::automatable).count();
    }

    /** Files with at least one use in code. */
    public int modulesUsingEventlet() {
        return (int) findings.stream().filter(Usage::inCode).map(Usage::path).distinct().count();
    }

    public int maxDepth() {
        return findings.stream().mapToInt(Usage::depth).max().orElse(0);
    }

    /** Findings whose kind is {@code slug}, or all findings for "any". */
    public long count(String slug) {
        return findings.stream().filter(u -> slug.equals("any") || u.kind().slug().equals(slug)).count();
    }
}
