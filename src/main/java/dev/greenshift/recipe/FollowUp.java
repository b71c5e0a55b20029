package dev.greenshift.recipe;

import dev.greenshift.match.Template;
import dev.greenshift.match.UsePattern;

/** {@code then `$t.wait()` -> `$t.join()`}: a rewrite of the handle's uses, made with the case's own. */
public record FollowUp(UsePattern use, Template template) {
}
