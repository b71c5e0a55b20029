package dev.greenshift.world;

import java.util.Locale;

/**
 * The concurrency a module runs under. Monkey patching makes the standard library green, so a
 * rewrite onto the standard library is right in one world and wrong in another.
 */
public enum World {
    /** Every entry point that reaches the module monkey patches first: stdlib calls are green here. */
    PATCHED,
    /** Nothing green can reach the module after the run: plain threads and blocking calls. */
    NATIVE,
    /** Libraries nobody in the project runs, tests that do not patch, conditional patching. */
    UNKNOWN;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code auto} (null: ask the analysis), {@code patched} or {@code native}, as the user spells it. */
    public static World parseChoice(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "auto" -> null;
            case "patched" -> PATCHED;
            case "native" -> NATIVE;
            default -> throw new IllegalArgumentException("world must be auto, patched or native, not '" + text + "'");
        };
    }
}
