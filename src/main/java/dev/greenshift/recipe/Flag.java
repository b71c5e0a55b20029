package dev.greenshift.recipe;

/** A finding to report where no safe rewrite exists; {@code todo} also writes a TODO comment above the statement. */
public record Flag(boolean todo, String message) {
}
