package dev.greenshift.world;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A word counts where the text spells it as a whole identifier, never inside a longer one. */
class SpellingsTest {
    private final Spellings words = Spellings.of(Set.of("main", "utils", "monkey_patch", "café"));

    @Test
    void findsWholeIdentifiersAnywhere() {
        assertEquals(Set.of("main", "utils"), words.in("from app import utils\n\nif __name__ == '__main__':\n    utils.main()\n"));
        assertEquals(Set.of("monkey_patch"), words.in("eventlet.monkey_patch()"));
        assertEquals(Set.of("café"), words.in("x = café + 1"));
        assertEquals(Set.of("main"), words.in("main"), "at both ends of the text");
    }

    @Test
    void aWordInsideALongerIdentifierIsNotSpelled() {
        assertEquals(Set.of(), words.in("domain = my_utils2 + monkey_patched + _main"));
        assertEquals(Set.of(), words.in("cafés"));
        assertEquals(Set.of(), words.in(""));
    }

    @Test
    void aWordThatIsNoIdentifierIsSearchedAsWritten() {
        Spellings dotted = Spellings.of(Set.of("eventlet.patcher", "sleep"));
        assertEquals(Set.of("eventlet.patcher", "sleep"), dotted.in("import eventlet.patcher\nsleep(1)\n"));
        assertEquals(Set.of(), dotted.in("import eventlet.patchers\nsleeper()\n"));
    }

    @Test
    void answersAsTheSearchOneWordAtATimeDoes() {
        String text = "import os, utils as u\n# main()\ns = 'monkey_patch'\nu.mainloop()\n";
        for (String w : Set.of("main", "utils", "monkey_patch", "café", "os", "u", "mainloop")) {
            boolean spelled = Spellings.spelledAt(text, w, 0) >= 0;
            assertEquals(spelled, Spellings.of(Set.of(w)).in(text).contains(w), w);
        }
    }
}
