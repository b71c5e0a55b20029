package dev.greenshift.engine;

import dev.greenshift.recipe.Safety;

/**
 * Something a human must look at: a flagged spot no recipe can rewrite (FLAG), a rewrite of a
 * review-level recipe (REVIEW), with the recipe's message, or a recipe left out of a file because
 * its rewrite is wrong in the file's world (GATED: once per file and recipe, with the way forward).
 */
public record Finding(String path, int line, int column, String recipe, Safety safety, Kind kind, String message) {

    public enum Kind { FLAG, REVIEW, GATED }

    @Override
    public String toString() {
        return path + ":" + line + ":" + (column + 1) + ": " + kind.name().toLowerCase(java.util.Locale.ROOT) + " "
                + recipe + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
