package dev.greenshift.audit;

import dev.greenshift.recipe.Category;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The guide's decision tree (Choosing an Alternative) applied to measured inputs: many modules?
 * Eventlet deeply rooted (uses through wrappers)? mostly non-blocking network I/O? Advice only.
 */
public record Recommendation(String choice, List<String> reasons, Map<String, Object> inputs) {

    /** More modules than this is "composed of many sub-modules". */
    static final int MANY_MODULES = 10;

    /** No use in code: no alternative to choose, only the dependency and the docs (if any) to drop. */
    static Recommendation notUsed() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("modules", 0);
        return new Recommendation("none", List.of("Eventlet is not used in the code: nothing to migrate"), inputs);
    }

    static Recommendation of(List<Usage> code, Predicate<String> isTest) {
        List<Usage> app = code.stream().filter(u -> !isTest.test(u.path())).toList();
        long modules = app.stream().map(Usage::path).distinct().count();
        int maxDepth = app.stream().mapToInt(Usage::depth).max().orElse(0);
        long indirect = app.stream().filter(u -> u.depth() > 1).count();
        long network = app.stream().filter(u -> ApiCatalogue.NETWORK.contains(u.kind())).count();
        long threads = app.stream().filter(u -> ApiCatalogue.THREADS.contains(u.kind())).count();
        long patching = app.stream().filter(u -> u.kind() == Category.MONKEY_PATCHING).count();
        double networkShare = network + threads == 0 ? 0 : (double) network / (network + threads);
        double indirectShare = app.isEmpty() ? 0 : (double) indirect / app.size();
        boolean many = modules > MANY_MODULES;
        boolean deep = maxDepth >= 3 || maxDepth >= 2 && indirectShare >= 0.15;
        boolean networkMostly = networkShare >= 0.5;

        List<String> reasons = new ArrayList<>();
        reasons.add(modules + " application module(s) use Eventlet: " + (many ? "many sub-modules" : "a few sub-modules")
                + " (threshold " + MANY_MODULES + ")");
        reasons.add("maximum wrapper depth " + maxDepth + ", " + indirect + " of " + app.size() + " uses ("
                + percent(indirectShare) + ") go through project wrappers: " + (deep ? "deeply rooted" : "not deeply rooted"));
        reasons.add(network + " network use(s) against " + threads + " green thread/executor use(s): network share "
                + percent(networkShare) + (networkMostly ? ", mostly non-blocking network I/O" : ", mostly concurrency, not network I/O"));
        String choice;
        if (networkMostly && !(many && deep)) {
            choice = "asyncio";
            reasons.add("not many deeply rooted calls and mostly network I/O: go straight to asyncio");
        } else if (networkMostly) {
            choice = "awaitlet";
            reasons.add("deeply rooted in many modules but network-bound: limit the refactor with awaitlet and move to asyncio incrementally");
        } else {
            choice = "threading";
            reasons.add("the uses are mostly green threads and executors: threads replace them without rewriting the call stack");
        }
        if (patching > 0) {
            reasons.add(patching + " monkey patching use(s): remove them last, once the explicit calls are migrated");
        }
        if (app.stream().anyMatch(u -> u.kind() == Category.WSGI_SERVER) && !choice.equals("asyncio")) {
            reasons.add("the WSGI server part can still move to the asyncio ecosystem (uvicorn) on its own");
        }
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("modules", modules);
        inputs.put("maxDepth", maxDepth);
        inputs.put("indirectUses", indirect);
        inputs.put("networkUses", network);
        inputs.put("threadUses", threads);
        inputs.put("monkeyPatchingUses", patching);
        inputs.put("networkShare", Math.round(networkShare * 100) / 100.0);
        return new Recommendation(choice, reasons, inputs);
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
