package dev.greenshift.audit;

import dev.greenshift.recipe.Category;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Orders the work as the guide's "Split your works" says: deprecate Eventlet options first; then
 * services (modules that monkey patch or are entry points) before libraries; within each, green
 * threads and executors before monkey patching; test patches follow the code; the dependency and
 * the docs go last. Each phase lists its functional parts.
 */
final class Planner {
    private Planner() {
    }

    static List<Phase> plan(List<Usage> all, Predicate<String> isService, Function<String, String> partOf) {
        List<Step> steps = List.of(
                new Step("Deprecate Eventlet options", "users' configurations name Eventlet: deprecate before removing",
                        u -> u.kind() == Category.CONFIG),
                new Step("Services: green threads and executors", "services monkey patch the stack: migrate them first, "
                        + "explicit green threads before monkey patching", u -> isService.test(u.path()) && u.inCode() && !patching(u)),
                new Step("Services: monkey patching", "once their green threads are gone, switch the services off Eventlet",
                        u -> isService.test(u.path()) && patching(u)),
                new Step("Libraries: green threads and executors", "libraries follow their services",
                        u -> !isService.test(u.path()) && u.inCode() && !patching(u)),
                new Step("Libraries: monkey patching", "the last implicit Eventlet in the code",
                        u -> !isService.test(u.path()) && patching(u)),
                new Step("Tests: patch targets", "patch strings name the API that replaced Eventlet's",
                        u -> u.kind() == Category.TESTS),
                new Step("Drop the dependency", "remove Eventlet from requirements and docs once no use remains",
                        u -> u.kind() == Category.DEPENDENCY || u.kind() == Category.DOCS));
        List<Phase> phases = new ArrayList<>();
        // Each finding goes to the first step that takes it: no use is counted in two phases.
        java.util.Set<Usage> placed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Step step : steps) {
            Map<String, List<Usage>> byPart = new TreeMap<>();
            for (Usage u : all) {
                if (!placed.contains(u) && step.takes().test(u)) {
                    placed.add(u);
                    byPart.computeIfAbsent(partOf.apply(u.path()), k -> new ArrayList<>()).add(u);
                }
            }
            if (byPart.isEmpty()) {
                continue;
            }
            List<Phase.PartWork> parts = new ArrayList<>();
            byPart.forEach((part, uses) -> {
                TreeSet<String> recipes = new TreeSet<>();
                uses.stream().filter(u -> u.recipe() != null).forEach(u -> recipes.add(u.recipe()));
                int automatable = (int) uses.stream().filter(Usage::automatable).count();
                parts.add(new Phase.PartWork(part, uses.size(), automatable, List.copyOf(recipes)));
            });
            phases.add(new Phase(phases.size() + 1, step.title(), step.why(), parts));
        }
        return phases;
    }

    /** Monkey patching and what goes with it (tpool only works while the hub is patched, per the catalogue). */
    private static boolean patching(Usage u) {
        return u.kind() == Category.MONKEY_PATCHING || u.symbol().startsWith("eventlet.tpool");
    }

    private record Step(String title, String why, Predicate<Usage> takes) {
    }
}
