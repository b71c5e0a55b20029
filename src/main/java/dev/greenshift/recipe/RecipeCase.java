package dev.greenshift.recipe;

import dev.greenshift.match.Pattern;
import dev.greenshift.match.Template;

/**
 * One {@code match} line of a recipe: a pattern, and a template to rewrite with, a flag to raise,
 * or both (rewrite, and tell a human why to look). {@code line} is where it stands in its file.
 */
public record RecipeCase(Pattern pattern, Template template, Flag flag, int line) {
}
