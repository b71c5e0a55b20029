package dev.greenshift.recipe;

import java.util.List;

/**
 * A recipe as loaded from rules/: what it is (id, summary, audit category, safety), the imports
 * its output needs, and its cases in the order they are tried. {@code source} is its text as
 * written, for {@code recipes show}. A recipe that names a load-time parameter ({@code <neutral>})
 * writes onto something of the user's project: its pack runs only when selected. {@code validity}:
 * the worlds where its rewrites are correct (a case may narrow it).
 */
public record Recipe(
        String id,
        String pack,
        String summary,
        Category category,
        Safety safety,
        String message,
        List<Requirement> requires,
        List<RecipeCase> cases,
        String file,
        int line,
        String source,
        boolean parameterized,
        Validity validity) {

    public Recipe {
        requires = List.copyOf(requires);
        cases = List.copyOf(cases);
    }
}
