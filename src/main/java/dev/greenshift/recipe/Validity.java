package dev.greenshift.recipe;

import dev.greenshift.world.World;
import java.util.Locale;

/**
 * Where a recipe's rewrite is correct: {@code valid patched}, {@code valid native}, {@code valid both}
 * (patched and native) or {@code valid anywhere} (also where the world is unknown: dual-mode
 * rewrites such as the neutral pack's, and recipes that say nothing).
 */
public enum Validity {
    PATCHED, NATIVE, BOTH, ANYWHERE;

    public boolean allows(World world) {
        return switch (this) {
            case ANYWHERE -> true;
            case BOTH -> world != World.UNKNOWN;
            case PATCHED -> world == World.PATCHED;
            case NATIVE -> world == World.NATIVE;
        };
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** In words for a report: "in patched and native modules", ... */
    public String where() {
        return switch (this) {
            case ANYWHERE -> "anywhere";
            case BOTH -> "in patched and native modules";
            case PATCHED -> "only in monkey patched modules";
            case NATIVE -> "only once nothing green is left (native)";
        };
    }

    /** The word as written after {@code valid}, or null when it is none of them. */
    public static Validity parse(String word) {
        for (Validity v : values()) {
            if (v.word().equals(word)) {
                return v;
            }
        }
        return null;
    }
}
