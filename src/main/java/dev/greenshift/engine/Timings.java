package dev.greenshift.engine;

/**
 * Stage times on stderr when GREENSHIFT_TIMING is set: how bench/ and a developer see where a
 * run's time goes, without a profiler. Silent otherwise.
 */
public final class Timings {
    private static final boolean ON = System.getenv("GREENSHIFT_TIMING") != null;
    private static final long START = System.nanoTime();

    private Timings() {
    }

    /** Prints the milliseconds since the JVM loaded this class, and what has just ended. */
    public static void mark(String what) {
        if (ON) {
            System.err.printf("%6d ms %s%n", (System.nanoTime() - START) / 1_000_000, what);
        }
    }
}
