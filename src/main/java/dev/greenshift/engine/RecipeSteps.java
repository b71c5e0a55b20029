package dev.greenshift.engine;

import dev.greenshift.recipe.Recipe;
import dev.greenshift.recipe.RecipeSet;
import dev.greenshift.source.Selection;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A run split into one step per recipe, in catalogue order, for reviewers who want small patches:
 * step k holds the files as the first k recipes that edited anything leave them, so each step's
 * diff is what its recipe adds. The last step is the full run itself (verified, requirements
 * included), so the steps always end exactly where a single commit would.
 */
public final class RecipeSteps {

    /**
     * @param recipe   the recipe this step adds; null for a run that only edited requirements
     * @param contents the files this step changes, with their full new bytes
     */
    public record Step(Recipe recipe, Map<Path, byte[]> contents) {
    }

    private RecipeSteps() {
    }

    public static List<Step> of(RecipeSet selected, List<Path> paths, Selection selection, dev.greenshift.world.World world,
                                Migration.Outcome full) throws IOException {
        Set<String> fired = new HashSet<>();
        Map<Path, byte[]> original = new LinkedHashMap<>();
        Map<Path, byte[]> finalBytes = new LinkedHashMap<>();
        for (FileResult r : full.results()) {
            if (r.changed()) {
                fired.addAll(r.editsByRecipe().keySet());
                original.put(r.file().path(), r.file().bytes());
                finalBytes.put(r.file().path(), r.file().encode(r.output()));
            }
        }
        List<Recipe> ordered = selected.recipes().stream().filter(r -> fired.contains(r.id())).toList();
        List<Step> steps = new ArrayList<>();
        Map<Path, byte[]> previous = new LinkedHashMap<>(original);
        for (int k = 0; k + 1 < ordered.size(); k++) {
            RecipeSet prefix = selected.withRecipes(ordered.subList(0, k + 1));
            Migration.Outcome partial = Migration.run(new Engine(prefix), paths, selection, false, world);
            Map<Path, byte[]> now = new LinkedHashMap<>(original);
            for (FileResult r : partial.results()) {
                if (r.changed() && original.containsKey(r.file().path())) {
                    now.put(r.file().path(), r.file().encode(r.output()));
                }
            }
            add(steps, ordered.get(k), previous, now);
            previous = now;
        }
        // With no recipe edit at all (only requirements changed) the one step has no recipe.
        add(steps, ordered.isEmpty() ? null : ordered.get(ordered.size() - 1), previous, finalBytes);
        return steps;
    }

    private static void add(List<Step> steps, Recipe recipe, Map<Path, byte[]> before, Map<Path, byte[]> after) {
        Map<Path, byte[]> changed = new LinkedHashMap<>();
        after.forEach((path, bytes) -> {
            if (!Arrays.equals(before.get(path), bytes)) {
                changed.put(path, bytes);
            }
        });
        if (!changed.isEmpty()) {
            steps.add(new Step(recipe, changed));
        }
    }
}
