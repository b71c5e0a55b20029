package dev.greenshift.audit;

import dev.greenshift.recipe.Category;
import dev.greenshift.recipe.Safety;

/**
 * One Eventlet use. {@code depth} is 1 for a direct use and n+1 for a use through a project
 * wrapper of depth n. {@code recipe} and {@code safety} are null when no loaded recipe rewrites
 * this very spot. {@code column} is 1-based. {@code guard} is the enclosing condition that decides
 * whether the code runs (for disablability), {@code scope} the top-level function or class it is in.
 */
public record Usage(String path, int line, int column, String symbol, Category kind, int depth,
                    String recipe, Safety safety, String snippet, String guard, String scope) {

    /** Uses in program code, as opposed to test patch strings, requirements, config and docs. */
    public boolean inCode() {
        return !ApiCatalogue.OUTSIDE_CODE.contains(kind);
    }

    public boolean automatable() {
        return recipe != null && safety != Safety.MANUAL;
    }

    public Usage withDepth(int newDepth, String newSymbol) {
        return new Usage(path, line, column, newSymbol, kind, newDepth, recipe, safety, snippet, guard, scope);
    }
}
