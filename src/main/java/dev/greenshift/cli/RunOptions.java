package dev.greenshift.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import picocli.CommandLine.Option;

/** How a run uses the machine and the terminal: --jobs and --quiet (diff, apply, audit). */
final class RunOptions {

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Files processed at once (default: all cores).")
    Integer jobs;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors on stderr: no findings, no summary, no progress.")
    boolean quiet;

    /** Runs {@code work} with its parallel streams on {@code --jobs} threads (the common pool, all cores, without it). */
    <T> T withJobs(Callable<T> work) throws Exception {
        if (jobs == null) {
            return work.call();
        }
        if (jobs < 1) {
            throw new IllegalArgumentException("--jobs must be at least 1, not " + jobs);
        }
        // A parallel stream started inside a pool's task runs on that pool.
        ForkJoinPool pool = new ForkJoinPool(jobs);
        try {
            return pool.submit(work).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        } finally {
            pool.shutdown();
        }
    }
}
