package dev.greenshift.recipe;

import dev.greenshift.match.UsePattern;
import java.util.List;

/** A condition a case needs besides its pattern. */
public sealed interface Condition {

    /** {@code where $t unused}: the handle bound by the case is used nowhere else. */
    record Unused(String var) implements Condition {
    }

    /** {@code where $t only ...}: every other use of the handle is one of these. */
    record Only(String var, List<UsePattern> uses) implements Condition {
        public Only {
            uses = List.copyOf(uses);
        }
    }

    /** {@code where ran recipe-id}: that recipe rewrote something in this run, in any file. */
    record Ran(String recipe) implements Condition {
    }
}
