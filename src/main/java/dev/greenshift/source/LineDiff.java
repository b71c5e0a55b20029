package dev.greenshift.source;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/**
 * Which lines of a text changed: what the printed diff shows and what the style's layout re-wraps.
 * One place bounds its cost, so a file with tens of thousands of rewritten lines stays linear.
 */
public final class LineDiff {
    private LineDiff() {
    }

    /** Above this many steps (lines to compare times differences), the shortest diff is not worth its quadratic time. */
    public static final long MYERS_BUDGET = 20_000_000L;

    /**
     * The line deltas from {@code a} to {@code b}: the shortest diff (Myers), unless it would cost
     * more than {@link #MYERS_BUDGET} steps (20,000 rewritten lines in one file: the shortest diff
     * takes time that grows with lines times differences). Then, past the common first and last
     * lines, the lines are paired in order when both sides have as many, else the middle is replaced
     * whole: a longer diff, still exact, in linear time.
     */
    public static List<AbstractDelta<String>> deltas(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        int m = a.size() - prefix - suffix;
        int n = b.size() - prefix - suffix;
        if ((long) (m + n) * differingLines(a.subList(prefix, prefix + m), b.subList(prefix, prefix + n)) <= MYERS_BUDGET) {
            return DiffUtils.diff(a, b).getDeltas();
        }
        List<AbstractDelta<String>> out = new ArrayList<>();
        if (m != n) {
            out.add(new com.github.difflib.patch.ChangeDelta<>(
                    new com.github.difflib.patch.Chunk<>(prefix, a.subList(prefix, prefix + m)),
                    new com.github.difflib.patch.Chunk<>(prefix, b.subList(prefix, prefix + n))));
            return out;
        }
        for (int i = prefix; i < prefix + m; ) {
            if (a.get(i).equals(b.get(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < prefix + m && !a.get(end).equals(b.get(end))) {
                end++;
            }
            out.add(new com.github.difflib.patch.ChangeDelta<>(new com.github.difflib.patch.Chunk<>(i, a.subList(i, end)),
                    new com.github.difflib.patch.Chunk<>(i, b.subList(i, end))));
            i = end;
        }
        return out;
    }

    /** How many lines of each side the other lacks (as multisets): no diff has fewer differences. Linear. */
    private static long differingLines(List<String> a, List<String> b) {
        java.util.Map<String, Integer> count = new java.util.HashMap<>();
        a.forEach(l -> count.merge(l, 1, Integer::sum));
        b.forEach(l -> count.merge(l, -1, Integer::sum));
        long d = 0;
        for (int c : count.values()) {
            d += Math.abs(c);
        }
        return d;
    }
}
