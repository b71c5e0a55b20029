package dev.greenshift.match;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A file is read once for all the words a run looks for, and finds what String.contains finds. */
class NeedlesTest {
    private final Needles needles = Needles.of(Set.of("eventlet", "__original_module_socket", "greenthread", "café"));

    @Test
    void findsAnyWordAnywhere() {
        assertTrue(needles.foundIn("import eventlet\n"));
        assertTrue(needles.foundIn("x = patcher.__original_module_socket"));
        assertTrue(needles.foundIn("from x import greenthread"));
        assertTrue(needles.foundIn("# café"));
        assertTrue(needles.foundIn("noteventletish"), "a substring, as contains says");
    }

    @Test
    void findsNothingThatIsNotThere() {
        assertFalse(needles.foundIn("import event\nlet = 1\n"));
        assertFalse(needles.foundIn("greenthrea"));
        assertFalse(needles.foundIn("☃ eventle☃t ☃"), "characters outside Latin-1 never complete a word");
        assertFalse(needles.foundIn(""));
    }

    @Test
    void namesEachWordFoundInOnePass() {
        org.junit.jupiter.api.Assertions.assertEquals(Set.of("eventlet", "greenthread"),
                needles.wordsIn("from eventlet import greenthread  # eventlet again"));
        org.junit.jupiter.api.Assertions.assertEquals(Set.of(), needles.wordsIn("nothing here"));
    }
}
