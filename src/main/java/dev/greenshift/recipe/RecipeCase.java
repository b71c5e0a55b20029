package dev.greenshift.recipe;

import dev.greenshift.match.Pattern;
import dev.greenshift.match.Template;
import java.util.List;

/**
 * One {@code match} line of a recipe: a pattern, the conditions it needs, and a template to
 * rewrite with, a flag to raise, or both (rewrite, and tell a human why to look); follow-ups
 * rewrite the uses of a handle the case binds. {@code line} is where it stands in its file.
 * An empty template in statement context deletes the statement. {@code validity}: the case's own
 * {@code valid} declaration, or null to follow its recipe's. {@code kept}: for a {@code keep "why"}
 * case, why the match needs nothing (an unarmed {@code Timeout()} is only an exception value): the
 * use is accounted for as left by the recipe's decision, and the recipe's later cases pass it by.
 */
public record RecipeCase(Pattern pattern, List<Condition> conditions, Template template, Flag flag,
                         List<FollowUp> followUps, int line, Validity validity, String kept) {

    public RecipeCase {
        conditions = List.copyOf(conditions);
        followUps = List.copyOf(followUps);
    }

    /** Where this case's rewrite is correct: its own declaration, else its recipe's. */
    public Validity validityIn(Recipe recipe) {
        return validity != null ? validity : recipe.validity();
    }

    public boolean deletes() {
        return template != null && template.text().isBlank();
    }
}
