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
        Validity validity,
        java.util.Set<String> needsPatched) {

    /**
     * What a recipe's rewrite relies on monkey_patch() patching, unless it says ({@code needs}):
     * threads and time, as a full patch does. Eventlet's keywords: {@code thread} (threading,
     * _thread and queue turn green), {@code time} (time.sleep yields).
     */
    public static final java.util.Set<String> NEEDS_BY_DEFAULT = java.util.Set.of("thread", "time");

    /** The keywords {@code needs} accepts; {@code nothing} for a rewrite that follows others (a test's patch target). */
    public static final java.util.Set<String> NEEDS_WORDS = java.util.Set.of("thread", "time", "nothing");

    public Recipe {
        requires = List.copyOf(requires);
        cases = List.copyOf(cases);
        needsPatched = java.util.Set.copyOf(needsPatched);
    }
}
