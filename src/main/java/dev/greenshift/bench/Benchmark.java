package dev.greenshift.bench;

import dev.greenshift.lex.TokenStream;
import dev.greenshift.lex.Tokenizer;
import dev.greenshift.source.SourceFile;
import dev.greenshift.syntax.Module;
import dev.greenshift.syntax.SyntaxLimitException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

/**
 * Times {@code Tokenizer.tokenize} + {@code Module.parse} over a {@link Corpus}: a number of
 * untimed warm-up passes (so the JIT has compiled the hot paths), then timed passes, first on
 * one thread and then with a parallel stream.
 */
public final class Benchmark {

    /** How the files of one pass are spread over threads. */
    public enum Mode {
        SINGLE_THREADED, PARALLEL;

        public int threads() {
            // A parallel stream runs on the common pool plus the calling thread.
            return this == SINGLE_THREADED ? 1 : ForkJoinPool.getCommonPoolParallelism() + 1;
        }
    }

    /** The timed passes of one mode, in nanoseconds, in the order they ran. */
    public record Timing(Mode mode, long bytes, long tokens, List<Long> nanos) {
        public double bestSeconds() {
            return nanos.stream().mapToLong(Long::longValue).min().orElseThrow() / 1e9;
        }

        public double medianSeconds() {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            int mid = sorted.length / 2;
            long median = sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
            return median / 1e9;
        }

        public double bestMegabytesPerSecond() {
            return bytes / 1e6 / bestSeconds();
        }

        public double medianMegabytesPerSecond() {
            return bytes / 1e6 / medianSeconds();
        }
    }

    /**
     * Everything one benchmark run found. {@code rejected} counts files the structure parser
     * refused (nesting limits); they are still lexed and parsed up to the refusal in every pass.
     * {@code peakHeapBytes} sums each heap pool's peak, so it is an upper bound on the true peak;
     * {@code retainedHeapBytes} is the heap in use after a full GC with the corpus still held.
     */
    public record Result(int files, long bytes, int unreadable, int rejected, List<Timing> timings,
                         long peakHeapBytes, long retainedHeapBytes, long maxHeapBytes) {
    }

    private Benchmark() {
    }

    public static Result run(Corpus corpus, int warmup, int runs) {
        if (warmup < 0 || runs < 1) {
            throw new IllegalArgumentException("need warmup >= 0 and runs >= 1, got " + warmup + " and " + runs);
        }
        List<SourceFile> files = corpus.files();
        int rejected = (int) files.stream().filter(f -> parse(f) < 0).count();
        List<Timing> timings = new ArrayList<>();
        for (Mode mode : Mode.values()) {
            timings.add(time(mode, files, corpus.bytes(), warmup, runs));
        }
        long peak = peakHeapUsed();
        System.gc();
        long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return new Result(files.size(), corpus.bytes(), corpus.unreadable().size(), rejected, timings,
                peak, retained, Runtime.getRuntime().maxMemory());
    }

    private static Timing time(Mode mode, List<SourceFile> files, long bytes, int warmup, int runs) {
        for (int i = 0; i < warmup; i++) {
            pass(mode, files);
        }
        Long[] nanos = new Long[runs];
        long tokens = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            tokens = pass(mode, files);
            nanos[i] = System.nanoTime() - start;
        }
        // The token count is part of the result so that the work producing it cannot be optimised away.
        return new Timing(mode, bytes, tokens, Arrays.asList(nanos));
    }

    private static long pass(Mode mode, List<SourceFile> files) {
        return switch (mode) {
            case SINGLE_THREADED -> files.stream().mapToLong(Benchmark::parse).sum();
            case PARALLEL -> files.parallelStream().mapToLong(Benchmark::parse).sum();
        };
    }

    /** Lexes and structures one file; returns its token count, or -1 when the parser refused it. */
    private static long parse(SourceFile file) {
        TokenStream tokens = Tokenizer.tokenize(file.text());
        try {
            Module.parse(tokens);
            return tokens.size();
        } catch (SyntaxLimitException | StackOverflowError e) {
            return -1;
        }
    }

    private static long peakHeapUsed() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.getPeakUsage() != null)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }
}
