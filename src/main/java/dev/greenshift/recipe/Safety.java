package dev.greenshift.recipe;

/** How far a rewrite can be trusted: the catalogue's three levels. */
public enum Safety {
    /** Same behaviour for ordinary programs. */
    SAFE,
    /** Rewritten, and reported for a human look. */
    REVIEW,
    /** No faithful rewrite exists: flagged, never guessed. */
    MANUAL
}
