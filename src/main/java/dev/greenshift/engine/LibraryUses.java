package dev.greenshift.engine;

/**
 * How a file's uses of the migrated library (each reference to a name an Eventlet import binds)
 * ended: rewritten, reported for a human (a flag, a review note, a held-back recipe, a leftover no
 * recipe covers), or left because a recipe decided it needs no change ({@code except Timeout}
 * while Eventlet stays). Nothing else: a use is never left silently.
 */
public record LibraryUses(int rewritten, int reported, int kept) {
    public static final LibraryUses NONE = new LibraryUses(0, 0, 0);

    public int total() {
        return rewritten + reported + kept;
    }

    /** "12 Eventlet uses: 8 rewritten, 3 reported, 1 left as a recipe decided", or "" for none. */
    public String describe() {
        if (total() == 0) {
            return "";
        }
        return total() + (total() == 1 ? " Eventlet use: " : " Eventlet uses: ") + rewritten + " rewritten, " + reported + " reported"
                + (kept == 0 ? "" : ", " + kept + " left unchanged by a recipe's decision (no change needed while Eventlet stays)");
    }
}
