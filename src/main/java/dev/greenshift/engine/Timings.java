package dev.greenshift.engine;

/**
 * Stage times on stderr when GREENSHIFT_TIMING is set: how bench/ and a developer see where a
 * run's time goes, without a profiler. Silent otherwise.
 */
public final class Timings {
    private static final boolean ON = System.getenv("GREENSHIFT_TIMING") != null;
    // From the JVM's start, not this class's loading: start-up, recipe loading and discovery count too. The
    // runtime's own start time, to the millisecond: the process's start time on Linux is read against a boot
    // time in whole seconds, and put up to a second of nothing before the first mark.
    private static final long START_MILLIS = ON ? java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime() : 0;

    private Timings() {
    }

    /**
     * Prints the milliseconds since the JVM started, the process's CPU milliseconds so far (every
     * thread, the collector's and the compiler's too: a stage whose CPU grows by less than its wall
     * time on two cores left one idle), and what has just ended.
     */
    public static void mark(String what) {
        if (ON) {
            long cpu = java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                    ? os.getProcessCpuTime() / 1_000_000 : -1;
            System.err.printf("%6d ms %6d ms cpu %s%n", System.currentTimeMillis() - START_MILLIS, cpu, what);
        }
    }
}
