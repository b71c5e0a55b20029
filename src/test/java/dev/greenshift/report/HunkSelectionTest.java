package dev.greenshift.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.greenshift.report.UnifiedDiff.Hunk;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Applying some hunks of a diff: the accepted ones change the text, every other byte stays. */
class HunkSelectionTest {
    private static final String BEFORE = """
            import eventlet


            def first():
                eventlet.sleep(1)


            def filler_a():
                pass


            def filler_b():
                pass


            def second():
                eventlet.sleep(2)
            """;
    private static final String AFTER = BEFORE.replace("import eventlet", "import time")
            .replace("eventlet.sleep(1)", "time.sleep(1)").replace("eventlet.sleep(2)", "time.sleep(2)");

    @Test
    void changesFarApartAreSeparateHunksAndNearOnesShareOne() {
        List<Hunk> hunks = UnifiedDiff.hunks(BEFORE, AFTER);
        assertEquals(2, hunks.size());
        assertEquals("@@ -1,8 +1,8 @@\n-import eventlet\n+import time\n \n \n def first():\n-    eventlet.sleep(1)\n+    time.sleep(1)\n \n \n def filler_a():\n",
                hunks.get(0).text(), "the first hunk holds the import and the first call, three lines apart");
        assertEquals(UnifiedDiff.of("m.py", BEFORE, AFTER), "--- a/m.py\n+++ b/m.py\n" + hunks.get(0).text() + hunks.get(1).text(),
                "the hunks are exactly those diff prints");
    }

    @Test
    void onlyTheAcceptedHunksAreApplied() {
        List<Hunk> hunks = UnifiedDiff.hunks(BEFORE, AFTER);
        assertEquals(BEFORE.replace("import eventlet", "import time").replace("eventlet.sleep(1)", "time.sleep(1)"),
                UnifiedDiff.applyHunks(BEFORE, AFTER, hunks, List.of(true, false)));
        assertEquals(BEFORE.replace("eventlet.sleep(2)", "time.sleep(2)"),
                UnifiedDiff.applyHunks(BEFORE, AFTER, hunks, List.of(false, true)));
    }

    @Test
    void allOrNoneGivesTheRewriteOrTheOriginal() {
        List<Hunk> hunks = UnifiedDiff.hunks(BEFORE, AFTER);
        assertEquals(AFTER, UnifiedDiff.applyHunks(BEFORE, AFTER, hunks, List.of(true, true)));
        assertEquals(BEFORE, UnifiedDiff.applyHunks(BEFORE, AFTER, hunks, List.of(false, false)));
    }

    @Test
    void lineEndingsAndAMissingFinalNewlineAreKept() {
        String before = "import eventlet\r\n\r\n\r\n\r\n\r\n\r\n\r\n\r\neventlet.sleep(1)";
        String after = "import time\r\n\r\n\r\n\r\n\r\n\r\n\r\n\r\ntime.sleep(1)";
        List<Hunk> hunks = UnifiedDiff.hunks(before, after);
        assertEquals(2, hunks.size());
        assertEquals("import eventlet\r\n\r\n\r\n\r\n\r\n\r\n\r\n\r\ntime.sleep(1)",
                UnifiedDiff.applyHunks(before, after, hunks, List.of(false, true)));
    }

    @Test
    void insertedAndDeletedLinesAreHunksToo() {
        String before = "x = 1\ny = 2\n";
        String after = "import time\nx = 1\n";
        List<Hunk> hunks = UnifiedDiff.hunks(before, after);
        assertEquals(1, hunks.size());
        assertEquals(after, UnifiedDiff.applyHunks(before, after, hunks, List.of(true)));
        assertEquals(before, UnifiedDiff.applyHunks(before, after, hunks, List.of(false)));
    }
}
