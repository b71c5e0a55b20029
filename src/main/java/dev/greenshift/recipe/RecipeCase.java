package dev.greenshift.recipe;

import dev.greenshift.match.Pattern;
import dev.greenshift.match.Template;
import java.util.List;

/**
 * One {@code match} line of a recipe: a pattern, the conditions it needs, and a template to
 * rewrite with, a flag to raise, or both (rewrite, and tell a human why to look); follow-ups
 * rewrite the uses of a handle the case binds. {@code line} is where it stands in its file.
 * An empty template in statement context deletes the statement. {@code validity}: the case's own
 * {@code valid} declaration, or null to follow its recipe's.
 */
public record RecipeCase(Pattern pattern, List<Condition> conditions, Template template, Flag flag,
                         List<FollowUp> followUps, int line, Validity validity) {

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
