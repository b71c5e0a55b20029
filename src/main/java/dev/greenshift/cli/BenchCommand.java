package dev.greenshift.cli;

import dev.greenshift.bench.Benchmark;
import dev.greenshift.bench.Corpus;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure lex + structure throughput over every .py file under PATH, read once into memory: "
                + "single-threaded and parallel, best and median of --runs timed passes after --warmup untimed ones, "
                + "plus the JVM's peak heap. A measurement, not a check: it always exits 0.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to measure.")
    List<Path> paths;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "3",
            description = "Untimed passes per mode before timing, for the JIT (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5",
            description = "Timed passes per mode (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() {
        if (warmup < 0 || runs < 1) {
            throw new ParameterException(spec.commandLine(), "--warmup must be >= 0 and --runs >= 1");
        }
        Corpus corpus = Corpus.load(paths);
        if (corpus.files().isEmpty()) {
            System.out.println("bench: no readable .py files");
            return 0;
        }
        print(Benchmark.run(corpus, warmup, runs));
        return 0;
    }

    private void print(Benchmark.Result r) {
        System.out.printf(Locale.ROOT, "bench: %d files, %.1f MB (%d unreadable, %d refused by the parser), warmup %d, runs %d%n",
                r.files(), r.bytes() / 1e6, r.unreadable(), r.rejected(), warmup, runs);
        System.out.printf(Locale.ROOT, "%-16s %7s %8s %9s %8s %12s %10s%n",
                "mode", "threads", "best s", "median s", "MB/s", "median MB/s", "tokens");
        for (Benchmark.Timing t : r.timings()) {
            System.out.printf(Locale.ROOT, "%-16s %7d %8.3f %9.3f %8.1f %12.1f %10d%n",
                    t.mode().name().toLowerCase(Locale.ROOT).replace('_', '-'), t.mode().threads(),
                    t.bestSeconds(), t.medianSeconds(), t.bestMegabytesPerSecond(), t.medianMegabytesPerSecond(), t.tokens());
        }
        System.out.printf(Locale.ROOT, "heap: peak used %.0f MB (sum of pool peaks), retained after GC %.0f MB, max %.0f MB%n",
                r.peakHeapBytes() / 1e6, r.retainedHeapBytes() / 1e6, r.maxHeapBytes() / 1e6);
    }
}
