package dev.greenshift.shim;

import dev.greenshift.recipe.RecipeException;
import dev.greenshift.recipe.RecipeLoader;
import dev.greenshift.recipe.RecipeSet;
import java.util.Map;

/**
 * The recipe {@code shim adopt} runs: each boundary function of the shared module, called,
 * passed on or named in a patch target, becomes its neutral twin, imported from the neutral
 * module. Being a recipe, it goes through the engine like any pack: every import and alias form,
 * scopes, the import fix-up and the style of the project.
 */
public final class AdoptionRecipe {
    public static final String PACK = "shim";

    private AdoptionRecipe() {
    }

    public static String id(String api) {
        return "adopt-" + api.replace('.', '-').replace('_', '-');
    }

    /** The recipe text; {@code names} maps each original function of {@code api} to its name in {@code neutral}. */
    public static String text(String api, String neutral, Map<String, String> names) {
        StringBuilder out = new StringBuilder();
        out.append("recipe ").append(id(api)).append(" {\n");
        out.append("    summary  \"callers of ").append(api).append(" use its neutral interface ").append(neutral).append("\"\n");
        out.append("    category green-threads\n");
        out.append("    safety   safe\n");
        names.values().forEach(n -> out.append("    requires from ").append(neutral).append(" import ").append(n).append('\n'));
        names.forEach((original, neutralName) -> {
            String from = api + "." + original;
            out.append("    match call `").append(from).append("($args*, $kw**)` -> `").append(neutralName).append("($args*, $kw**)`\n");
            out.append("    match name `").append(from).append("` -> `").append(neutralName).append("`\n");
            out.append("    match string `").append(from).append("` -> `").append(neutral).append('.').append(neutralName).append("`\n");
        });
        return out.append("}\n").toString();
    }

    public static RecipeSet load(String api, String neutral, Map<String, String> names) throws ShimException {
        try {
            return RecipeLoader.parse(id(api) + RecipeLoader.EXTENSION, PACK, text(api, neutral, names));
        } catch (RecipeException e) {
            throw new ShimException("internal error: the adoption recipe does not load: " + e.getMessage());
        }
    }
}
