package dev.greenshift.engine;

import dev.greenshift.recipe.Safety;

/**
 * Which recipe answers for a span [start, end) of a file's input: one it rewrote ({@code flagged}
 * false) or one it flagged for a human. The audit names "the recipe that rewrites this spot" from
 * these, so that it says what {@code diff} does.
 */
public record Attribution(int start, int end, String recipe, Safety safety, boolean flagged) {

    public boolean covers(int offset) {
        return start <= offset && offset < end;
    }
}
