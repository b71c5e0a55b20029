package dev.greenshift.shim;

import dev.greenshift.engine.Engine;
import dev.greenshift.engine.FileResult;
import dev.greenshift.engine.Finding;
import dev.greenshift.recipe.RecipeException;
import dev.greenshift.recipe.RecipeLoader;
import dev.greenshift.recipe.RecipeSet;
import dev.greenshift.recipe.RulesLocator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An API module rewritten by the bundled {@code neutral} pack onto the project's concurrency
 * module, by the same engine as {@code apply --recipes neutral}: the threading side of its neutral
 * interface. Where a recipe only flags, the text carries its TODO note and the finding says why.
 */
public record NeutralRewrite(String concurrencyModule, RecipeSet recipes, FileResult result) {

    public static final String PACK = "neutral";

    public static NeutralRewrite of(ApiModule api, String concurrencyModule) throws ShimException {
        RecipeSet recipes;
        try {
            recipes = RecipeLoader.load(List.of(RulesLocator.bundled()), Map.of(NeutralModule.PARAMETER, concurrencyModule))
                    .select(List.of(PACK));
        } catch (RecipeException e) {
            throw new ShimException("the bundled " + PACK + " pack does not load: " + e.getMessage());
        }
        FileResult result = new Engine(recipes).process(api.file(), Set.of(), api.parsed(), null);
        if (result.error() != null) {
            throw new ShimException(api.file().displayPath() + ": the " + PACK + " pack cannot rewrite it: " + result.error());
        }
        return new NeutralRewrite(concurrencyModule, recipes, result);
    }

    /** The rewritten module text. */
    public String text() {
        return result.output();
    }

    /** What a human must look at on lines [from, to] of the original: flags and rewrites to review. */
    public List<String> notesBetween(int from, int to) {
        return result.findings().stream()
                .filter(f -> f.kind() != Finding.Kind.GATED && f.line() >= from && f.line() <= to)
                .map(f -> f.recipe() + " (line " + f.line() + "): " + f.message())
                .toList();
    }

    /** The canonical spelling of a qualified name (eventlet.greenthread.spawn is eventlet.spawn). */
    public String canonical(String qualified) {
        return recipes.canonical(qualified);
    }
}
