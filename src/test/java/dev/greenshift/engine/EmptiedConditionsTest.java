package dev.greenshift.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.greenshift.recipe.RecipeLoader;
import dev.greenshift.source.Selection;
import dev.greenshift.world.World;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An if emptied by a deletion goes, but what its test does stays; a test that becomes a constant
 * ({@code is_monkey_patched()} once patching is gone) takes its dead if with it, and is left
 * alone, with a note, where that would mean restructuring branches. Where patching stays, the
 * test stays Eventlet's.
 */
class EmptiedConditionsTest {

    @TempDir
    Path project;

    @Test
    void aTestThatCallsSomethingStaysAsAStatement() {
        Rewritten r = Rewritten.of("""
                # Entry point.
                import eventlet

                if load_config() and CONF.green:
                    eventlet.monkey_patch()
                print("up")
                """);
        assertEquals("""
                # Entry point.

                load_config() and CONF.green
                print("up")
                """, r.text());
    }

    @Test
    void anAssignmentExpressionInTheTestKeepsItsBindingInParentheses() {
        Rewritten r = Rewritten.of("""
                # Entry point.
                import eventlet

                if mode := read_mode():
                    eventlet.monkey_patch()
                print(mode)
                """);
        assertEquals("""
                # Entry point.

                (mode := read_mode())
                print(mode)
                """, r.text());
    }

    @Test
    void aTestThatOnlyReadsTheEnvironmentGoesWithItsIf() {
        Rewritten r = Rewritten.of("""
                # Entry point.
                import os

                import eventlet

                if os.environ.get("GREEN", "1") == "1":
                    eventlet.monkey_patch()
                print("up")
                """);
        assertEquals("""
                # Entry point.

                print("up")
                """, r.text());
    }

    @Test
    void aQueueGetInTheTestIsAnEffect() {
        Rewritten r = Rewritten.of("""
                # Entry point.
                import eventlet

                if SIGNALS.get(timeout=1) == "patch":
                    eventlet.monkey_patch()
                """);
        assertEquals("""
                # Entry point.

                SIGNALS.get(timeout=1) == "patch"
                """, r.text());
    }

    @Test
    void anElifThatCallsSomethingKeepsItsTestWithPass() {
        Rewritten r = Rewritten.of("""
                # Entry point.
                import eventlet

                if MODE == "threads":
                    print("native")
                elif probe_hub():
                    eventlet.monkey_patch()
                """);
        assertEquals("""
                # Entry point.

                if MODE == "threads":
                    print("native")
                elif probe_hub():
                    pass
                """, r.text());
    }

    @Test
    void anIfOnIsMonkeyPatchedIsDeadOncePatchingIsGone() {
        Rewritten r = Rewritten.of("""
                import logging

                from eventlet import patcher

                LOG = logging.getLogger(__name__)

                if patcher.is_monkey_patched("thread"):
                    LOG.info("green threads")
                LOG.info("started")
                """);
        assertEquals("""
                import logging

                LOG = logging.getLogger(__name__)

                LOG.info("started")
                """, r.text());
        assertTrue(!r.text().contains("if False"), r.text());
    }

    @Test
    void anIsMonkeyPatchedBranchWithAnElseKeepsTheElse() {
        // Once nothing is patched, is_monkey_patched() is False: the else is what runs.
        Rewritten r = Rewritten.of("""
                from eventlet import patcher


                def pool_size(n):
                    if patcher.is_monkey_patched("os"):
                        return n * 10
                    else:
                        # native threads are heavier
                        return n
                """);
        assertEquals("""
                def pool_size(n):
                    # native threads are heavier
                    return n
                """, r.text());
    }

    @Test
    void aNegatedIsMonkeyPatchedKeepsItsBodyAndDropsTheElse() {
        Rewritten r = Rewritten.of("""
                from eventlet import patcher

                if not patcher.is_monkey_patched("socket"):
                    print("native sockets")
                else:
                    print("green sockets")
                """);
        assertEquals("""
                print("native sockets")
                """, r.text());
    }

    @Test
    void aBranchWhoseStringSpansLinesIsLeftWithANote() {
        // Dedenting it would change the string's text.
        String before = """
                from eventlet import patcher

                if patcher.is_monkey_patched("os"):
                    DOC = \"""green
                    os\"""
                else:
                    DOC = \"""native
                    os\"""
                """;
        Rewritten r = Rewritten.of(before);
        assertEquals(before, r.text());
        assertTrue(r.notes().contains("3 eventlet-monkey-patch: not rewritten: this call decides the if at line 3 and becomes False here"),
                r.notes());
    }

    @Test
    void isMonkeyPatchedOutsideATestBecomesFalse() {
        Rewritten r = Rewritten.of("""
                # Entry point.
                from eventlet import patcher

                GREEN = patcher.is_monkey_patched("select")
                """);
        assertEquals("""
                # Entry point.

                GREEN = False
                """, r.text());
    }

    @Test
    void whereTheProgramStaysPatchedTheTestStaysEventlets() throws Exception {
        String before = """
                import eventlet
                from eventlet import patcher

                eventlet.monkey_patch()

                if patcher.is_monkey_patched("thread"):
                    print("green threads")
                """;
        Path main = project.resolve("main.py");
        Files.writeString(main, before);
        Engine engine = new Engine(RecipeLoader.load(List.of(Path.of("rules"))).select(List.of("threading")));
        FileResult r = Migration.run(engine, List.of(project), Selection.DEFAULT, false, World.PATCHED).results().get(0);
        assertEquals(before, r.output());
        assertTrue(r.findings().stream().anyMatch(f -> f.kind() == Finding.Kind.GATED && f.recipe().equals("eventlet-monkey-patch")),
                r.findings().toString());
    }
}
