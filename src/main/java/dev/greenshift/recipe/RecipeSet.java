package dev.greenshift.recipe;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The loaded recipes, in load order (which is the order that settles conflicts), and the name
 * aliases every recipe sees (eventlet.greenthread.spawn is eventlet.spawn).
 */
public record RecipeSet(List<Recipe> recipes, Map<String, String> aliases, Map<String, Helper> helpers) {

    public RecipeSet {
        recipes = List.copyOf(recipes);
        aliases = Map.copyOf(aliases);
        helpers = Map.copyOf(helpers);
    }

    public RecipeSet(List<Recipe> recipes, Map<String, String> aliases) {
        this(recipes, aliases, Map.of());
    }

    /** The same set with other recipes (a selection of these), keeping aliases and helpers. */
    public RecipeSet withRecipes(List<Recipe> chosen) {
        return new RecipeSet(chosen, aliases, helpers);
    }

    /**
     * The recipes named by {@code selectors}: pack names or recipe ids, in load order.
     * An empty selection means every pack but those that write onto the user's project (a recipe
     * names a parameter such as {@code <neutral>}): they need a module generated first.
     * Unknown names are an error, listed together.
     */
    public RecipeSet select(List<String> selectors) throws RecipeException {
        if (selectors == null || selectors.isEmpty()) {
            Set<String> optIn = new java.util.HashSet<>();
            recipes.stream().filter(Recipe::parameterized).forEach(r -> optIn.add(r.pack()));
            return optIn.isEmpty() ? this : withRecipes(recipes.stream().filter(r -> !optIn.contains(r.pack())).toList());
        }
        Set<String> wanted = new LinkedHashSet<>(selectors);
        List<String> unknown = new ArrayList<>();
        for (String s : wanted) {
            boolean known = recipes.stream().anyMatch(r -> r.id().equals(s) || r.pack().equals(s));
            if (!known) {
                unknown.add("unknown recipe or pack: " + s);
            }
        }
        if (!unknown.isEmpty()) {
            throw new RecipeException(unknown);
        }
        List<Recipe> chosen = recipes.stream()
                .filter(r -> wanted.contains(r.id()) || wanted.contains(r.pack()))
                .toList();
        return withRecipes(chosen);
    }

    public Recipe byId(String id) {
        return recipes.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }

    /** These recipes with more aliases (a project's own re-exports of library names). */
    public RecipeSet withAliases(Map<String, String> more) {
        Map<String, String> all = new java.util.HashMap<>(more);
        all.putAll(aliases);
        return new RecipeSet(recipes, all, helpers);
    }

    /** The canonical spelling of a qualified name, following aliases (also for prefixes, and chains of them). */
    public String canonical(String qualified) {
        String current = qualified;
        for (int hops = 0; hops < 8; hops++) {
            String next = canonicalOnce(current);
            if (next.equals(current)) {
                return current;
            }
            current = next;
        }
        return current;
    }

    private String canonicalOnce(String qualified) {
        String exact = aliases.get(qualified);
        if (exact != null) {
            return exact;
        }
        int dot = qualified.lastIndexOf('.');
        while (dot > 0) {
            String prefix = aliases.get(qualified.substring(0, dot));
            if (prefix != null) {
                return prefix + qualified.substring(dot);
            }
            dot = qualified.lastIndexOf('.', dot - 1);
        }
        return qualified;
    }
}
