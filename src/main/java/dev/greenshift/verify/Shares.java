package dev.greenshift.verify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How a batch of sources is shared between python3 processes: whole units (a source, or a
 * primary with its fallback) go largest first to the process with the least so far, so that one
 * large file (a 12,000-line test module) does not leave the other processes idle. A unit weighs
 * its first source: a fallback is compiled only when its primary fails, which is rare.
 */
final class Shares {
    private Shares() {
    }

    /** Per process, the indices of the sources it compiles, ascending; {@code unit} sources stay together. */
    static List<List<Integer>> of(List<Integer> sizes, int unit, int processes) {
        List<List<Integer>> shares = new ArrayList<>();
        for (int p = 0; p < processes; p++) {
            shares.add(new ArrayList<>());
        }
        long[] load = new long[processes];
        List<Integer> units = IntStream.range(0, sizes.size() / unit).boxed()
                .sorted(Comparator.comparing((Integer u) -> sizes.get(u * unit)).reversed().thenComparing(u -> u))
                .toList();
        for (int u : units) {
            int least = 0;
            for (int p = 1; p < processes; p++) {
                if (load[p] < load[least]) {
                    least = p;
                }
            }
            load[least] += sizes.get(u * unit);
            for (int k = 0; k < unit; k++) {
                shares.get(least).add(u * unit + k);
            }
        }
        shares.forEach(share -> share.sort(null));
        return shares;
    }
}
