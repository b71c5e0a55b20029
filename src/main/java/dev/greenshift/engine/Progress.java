package dev.greenshift.engine;

/**
 * Where a run says how far it is: a phase (reading, world analysis, rewriting) and, within it, how
 * many of its files are done. The engine only counts; whether and how that is shown is the caller's.
 */
public interface Progress {
    Progress NONE = (phase, done, total) -> {
    };

    /** {@code done} of {@code total} files of {@code phase} are done (called from any thread). */
    void update(String phase, int done, int total);
}
