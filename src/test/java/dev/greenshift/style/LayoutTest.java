package dev.greenshift.style;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.greenshift.lex.Tokenizer;
import org.junit.jupiter.api.Test;

/** Rewritten statements laid out like their neighbours: before, rewritten, and what is written. */
class LayoutTest {

    private static String laidOut(String before, String rewritten) {
        return Layout.apply(Tokenizer.tokenize(before), rewritten, 79);
    }

    @Test
    void aCallOverTheLimitWrapsAlignedWhereTheFileAligns() {
        String before = """
                log(a,
                    b)
                go(x)
                """;
        String rewritten = """
                log(a,
                    b)
                threading.Thread(target=handler, args=(conn, 42), kwargs={'timeout': 5}, daemon=True).start()
                """;
        assertEquals("""
                log(a,
                    b)
                threading.Thread(target=handler, args=(conn, 42), kwargs={'timeout': 5},
                                 daemon=True).start()
                """, laidOut(before, rewritten));
    }

    @Test
    void aCallOverTheLimitWrapsWithAHangingIndentWhereTheFileHangs() {
        String before = """
                log(
                    a, b)
                go(x)
                """;
        String rewritten = """
                log(
                    a, b)
                threading.Thread(target=handler, args=(conn, 42), kwargs={'timeout': 5}, daemon=True).start()
                """;
        assertEquals("""
                log(
                    a, b)
                threading.Thread(
                    target=handler, args=(conn, 42), kwargs={'timeout': 5},
                    daemon=True).start()
                """, laidOut(before, rewritten));
    }

    @Test
    void aContinuationRowThatATrailingCallPushedOverTheLimitBreaksAfterItsLastFittingComma() {
        String before = """
                def run(pool):
                    pool.spawn_n(delete_container_entry, container_name,
                                 container_name, object_name, headers=headers)
                """;
        String rewritten = """
                def run(pool):
                    pool.submit(delete_container_entry, container_name,
                                container_name, object_name, headers=headers).add_done_callback(_log_task_error)
                """;
        assertEquals("""
                def run(pool):
                    pool.submit(delete_container_entry, container_name,
                                container_name, object_name,
                                headers=headers).add_done_callback(_log_task_error)
                """, laidOut(before, rewritten));
    }

    @Test
    void continuationLinesFollowTheirBracketWhenItMoves() {
        String before = """
                return tpool.execute(parse, path,
                                     defaults)
                """;
        String rewritten = """
                return parse(path,
                                     defaults)
                """;
        assertEquals("""
                return parse(path,
                             defaults)
                """, laidOut(before, rewritten));
    }

    @Test
    void aOneLineSuiteWrapsInsideTheRewrittenCallNotInsideRange() {
        String before = "for _ in range(3): eventlet.spawn(job); eventlet.sleep(0)\n";
        String rewritten = "for _ in range(3): threading.Thread(target=job, daemon=True).start(); time.sleep(0)\n";
        assertEquals("""
                for _ in range(3): threading.Thread(
                    target=job, daemon=True).start(); time.sleep(0)
                """, laidOut(before, rewritten));
    }

    @Test
    void aCallAfterABackslashWrapsOnItsOwnRows() {
        String before = """
                if ops:
                    utils.disk_ops_semaphore = \\
                        eventlet.semaphore.BoundedSemaphore(
                            CONF.compute.max_concurrent_disk_ops)
                """;
        String rewritten = """
                if ops:
                    utils.disk_ops_semaphore = \\
                        threading.BoundedSemaphore(CONF.compute.max_concurrent_disk_ops_per_compute_host)
                """;
        assertEquals("""
                if ops:
                    utils.disk_ops_semaphore = \\
                        threading.BoundedSemaphore(
                            CONF.compute.max_concurrent_disk_ops_per_compute_host)
                """, Layout.apply(Tokenizer.tokenize(before), rewritten, 79));
    }

    @Test
    void linesTheRewriteDidNotTouchStayAsTheyAre() {
        String before = "x = 1\nsome_function_with_a_long_name(argument_one, argument_two, argument_three, four)\n";
        String rewritten = "x = 2\nsome_function_with_a_long_name(argument_one, argument_two, argument_three, four)\n";
        assertEquals(rewritten, laidOut(before, rewritten));
    }

    @Test
    void notesWrapAtTheLimitWithTheirContinuationIndented() {
        assertEquals(java.util.List.of(
                "    # TODO(greenshift): threads cannot be killed: pass a threading.Event and",
                "    #   have the thread check it"),
                Notes.wrap("TODO(greenshift): threads cannot be killed: pass a threading.Event and have the thread check it", "    ", 79));
    }

    @Test
    void rowStartsAreWhereTheRowsOfLinesStartWithoutCuttingThem() {
        // Before: the starts were summed from lines(), a string per row. After: counted on the text; the same offsets.
        for (String text : java.util.List.of("", "x", "x\n", "a\nb", "a\r\nb\r\n", "a\rb\r", "\n\n", "\r\n", "a\n\r\nb\rc")) {
            java.util.List<String> rows = Layout.lines(text);
            int[] expected = new int[rows.size() + 1];
            for (int r = 0; r < rows.size(); r++) {
                expected[r + 1] = expected[r] + rows.get(r).length();
            }
            org.junit.jupiter.api.Assertions.assertArrayEquals(expected, Layout.rowStarts(text), text.replace("\r", "\\r").replace("\n", "\\n"));
        }
    }
}
