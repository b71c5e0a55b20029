package dev.greenshift.cli;

import dev.greenshift.engine.Progress;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A one-line progress display on stderr ("greenshift: rewriting 340/1428 files"), redrawn in place
 * at most ten times a second, only once the run has taken more than a moment (a second), and
 * cleared when the run ends, so quick runs and their output look the same as without it. Written by
 * hand rather than taken from a library: one line, no dependency for it.
 */
final class TerminalProgress implements Progress, AutoCloseable {
    private static final long GRACE_NANOS = 1_000_000_000L;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream err;
    private final long start = System.nanoTime();
    private final long grace;
    private long lastDraw;
    private boolean drawn;

    private TerminalProgress(PrintStream err, long grace) {
        this.err = err;
        this.grace = grace;
    }

    /** A display on stderr when it is a terminal and not {@code quiet}; otherwise nothing is shown. */
    static Progress onStderr(boolean quiet) {
        if (quiet || !stderrIsTerminal()) {
            return Progress.NONE;
        }
        String delay = System.getenv("GREENSHIFT_PROGRESS_DELAY_MS");
        return new TerminalProgress(System.err, delay == null ? GRACE_NANOS : Long.parseLong(delay) * 1_000_000L);
    }

    /** Ends a display {@link #onStderr} made (a no-op for the others). */
    static void end(Progress progress) {
        if (progress instanceof TerminalProgress p) {
            p.close();
        }
    }

    @Override
    public synchronized void update(String phase, int done, int total) {
        long now = System.nanoTime();
        if (now - start < grace || drawn && now - lastDraw < REDRAW_NANOS && done < total) {
            return;
        }
        lastDraw = now;
        drawn = true;
        String count = done > 0 ? " " + done + "/" + total + " files" : " " + total + " files";
        err.print("\r\u001b[Kgreenshift: " + phase + count + " (" + (now - start) / 1_000_000_000L + " s)");
        err.flush();
    }

    @Override
    public synchronized void close() {
        if (drawn) {
            err.print("\r\u001b[K");
            err.flush();
            drawn = false;
        }
    }

    /** Java 17 cannot ask whether stderr is a terminal; on Linux its descriptor names the terminal device. */
    private static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }
}
