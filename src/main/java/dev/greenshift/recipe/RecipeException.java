package dev.greenshift.recipe;

import java.util.List;

/** Recipes that cannot be loaded: every problem found, each as {@code file:line:col: what was expected}. */
public final class RecipeException extends Exception {
    private final List<String> problems;

    public RecipeException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
