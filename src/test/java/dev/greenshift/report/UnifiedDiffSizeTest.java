package dev.greenshift.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A diff of a file with tens of thousands of rewritten lines takes linear time: past a budget the
 * shortest diff (lines times differences) gives way to pairing lines in order. Checked by which
 * path the deltas come from, not by a clock.
 */
class UnifiedDiffSizeTest {

    private static String lines(String line, int n) {
        return "import eventlet\n\n" + String.join("", Collections.nCopies(n, line + "\n"));
    }

    @Test
    void twentyThousandRewrittenLinesArePairedInOrder() {
        String before = lines("eventlet.sleep(0)", 20_000);
        String after = lines("time.sleep(0)", 20_000).replace("import eventlet", "import time");
        List<String> a = List.of(before.split("\n", -1));
        List<String> b = List.of(after.split("\n", -1));
        // The shortest diff would take (lines x differences) = 40,004 x 40,002 steps, far past the budget.
        assertTrue(40_004L * 40_002L > dev.greenshift.source.LineDiff.MYERS_BUDGET);
        var deltas = UnifiedDiff.deltas(a, b);
        assertEquals(2, deltas.size(), "the import line, then one run of 20,000 paired lines");
        assertEquals(20_000, deltas.get(1).getSource().size());
        String diff = UnifiedDiff.of("m.py", before, after);
        assertTrue(diff.startsWith("--- a/m.py\n+++ b/m.py\n@@ -1,20002 +1,20002 @@\n-import eventlet\n+import time\n"), diff.substring(0, 200));
    }

    @Test
    void aMiddleOfDifferentLengthIsReplacedWhole() {
        String before = "a\n" + String.join("", Collections.nCopies(6_000, "x()\n")) + "z\n";
        String after = "a\n" + String.join("", Collections.nCopies(5_000, "y()\n")) + "z\n";
        var deltas = UnifiedDiff.deltas(List.of(before.split("\n", -1)), List.of(after.split("\n", -1)));
        assertEquals(1, deltas.size());
        assertEquals(6_000, deltas.get(0).getSource().size());
        assertEquals(5_000, deltas.get(0).getTarget().size());
    }

    @Test
    void ordinaryDiffsKeepTheShortestDiff() {
        String before = "import eventlet\n\n\ndef f():\n    eventlet.sleep(1)\n    return 1\n";
        String after = "import time\n\n\ndef f():\n    time.sleep(1)\n    return 1\n";
        assertEquals("--- a/m.py\n+++ b/m.py\n@@ -1,6 +1,6 @@\n-import eventlet\n+import time\n \n \n def f():\n"
                + "-    eventlet.sleep(1)\n+    time.sleep(1)\n     return 1\n", UnifiedDiff.of("m.py", before, after));
    }
}
