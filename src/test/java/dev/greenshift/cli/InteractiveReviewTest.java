package dev.greenshift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.greenshift.engine.FileResult;
import dev.greenshift.source.SourceFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The y/n/a/d/q answers of apply --interactive, as git add -p gives them meaning. */
class InteractiveReviewTest {
    /** Two hunks: the import with the first call, and the second call far below. */
    private static final String BEFORE = "import eventlet\n\n\ndef a():\n    eventlet.sleep(1)\n" + "\n".repeat(8)
            + "def b():\n    eventlet.sleep(2)\n";
    private static final String AFTER = BEFORE.replace("import eventlet", "import time")
            .replace("eventlet.sleep(1)", "time.sleep(1)").replace("eventlet.sleep(2)", "time.sleep(2)");
    private static final String FIRST_ONLY = AFTER.replace("time.sleep(2)", "eventlet.sleep(2)");
    private static final String SECOND_ONLY = BEFORE.replace("eventlet.sleep(2)", "time.sleep(2)");

    private record Outcome(List<InteractiveReview.Reviewed> files, String shown) {
        String output(int i) {
            return files.get(i).output();
        }
    }

    private static Outcome review(String answers, String... names) throws IOException {
        List<FileResult> changed = java.util.Arrays.stream(names).map(InteractiveReviewTest::change).toList();
        StringWriter shown = new StringWriter();
        InteractiveReview review = new InteractiveReview(new BufferedReader(new StringReader(answers)),
                new PrintWriter(shown, true), new Ansi(Ansi.Mode.NEVER));
        return new Outcome(review.review(changed), shown.toString());
    }

    private static FileResult change(String name) {
        SourceFile file = new SourceFile(Path.of(name), name, StandardCharsets.UTF_8, BEFORE);
        return new FileResult(file, AFTER, Map.of("eventlet-sleep", 2), List.of(), List.of(), null, false);
    }

    @Test
    void yesAndNoPickHunkByHunk() throws IOException {
        assertEquals(FIRST_ONLY, review("y\nn\n", "m.py").output(0));
        assertEquals(SECOND_ONLY, review("n\ny\n", "m.py").output(0));
        assertEquals(AFTER, review("y\ny\n", "m.py").output(0));
    }

    @Test
    void eachHunkIsShownWithItsQuestion() throws IOException {
        String shown = review("y\nn\n", "m.py").shown();
        assertTrue(shown.startsWith("--- a/m.py\n+++ b/m.py\n@@ -1,8 +1,8 @@\n-import eventlet\n+import time\n"), shown);
        assertTrue(shown.contains("(1/2) Apply this hunk to m.py [y,n,a,d,q,?]? "), shown);
        assertTrue(shown.contains("(2/2) Apply this hunk to m.py [y,n,a,d,q,?]? "), shown);
    }

    @Test
    void allAndDoneDecideTheRestOfTheFileOnly() throws IOException {
        Outcome all = review("a\nn\nn\n", "a.py", "b.py");
        assertEquals(AFTER, all.output(0), "a: this hunk and the later ones in a.py");
        assertEquals(BEFORE, all.output(1), "b.py is asked again");
        Outcome done = review("d\ny\ny\n", "a.py", "b.py");
        assertEquals(BEFORE, done.output(0));
        assertEquals(AFTER, done.output(1));
    }

    @Test
    void quitKeepsWhatWasAcceptedAndAsksNothingMore() throws IOException {
        Outcome quit = review("y\nq\n", "a.py", "b.py");
        assertEquals(1, quit.files().size(), "b.py is never shown");
        assertEquals(FIRST_ONLY, quit.output(0));
        assertEquals(1, quit.files().get(0).accepted());
        assertTrue(!quit.shown().contains("b.py"), quit.shown());
    }

    @Test
    void theEndOfInputIsQuit() throws IOException {
        Outcome ended = review("y\n", "a.py", "b.py");
        assertEquals(1, ended.files().size());
        assertEquals(FIRST_ONLY, ended.output(0));
    }

    @Test
    void anythingElseShowsHelpAndAsksAgain() throws IOException {
        Outcome helped = review("?\nmaybe\nY\n n \n", "m.py");
        assertEquals(FIRST_ONLY, helped.output(0), "answers are trimmed and case-insensitive");
        assertTrue(helped.shown().contains("d - do not apply this hunk or any of the later hunks in the file"), helped.shown());
    }

    @Test
    void withoutATerminalApplyInteractiveRefusesAndWritesNothing() throws IOException {
        Files.createDirectories(Path.of("target", "test-work"));
        Path dir = Files.createTempDirectory(Path.of("target", "test-work"), "interactive");
        Path file = dir.resolve("m.py");
        Files.writeString(file, BEFORE);
        CliRun run = CliRun.of("apply", "--interactive", "--no-verify", dir.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--interactive needs a terminal"), run.err());
        assertEquals(BEFORE, Files.readString(file));
        Files.delete(file);
        Files.delete(dir);
    }
}
