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

    @Test
    void wordsAreLookedUpByTheirFirstTwoCharactersAndStillFoundAsContainsFindsThem() {
        // Before: every word under the same first character was compared at each position holding it.
        // After: only those sharing the first two; a one-character word and a word at the very end still count.
        java.util.List<String> words = java.util.List.of("sleep", "spawn", "socket", "s", "select", "se", "x_", "ab", "abc");
        Needles many = Needles.of(Set.copyOf(words));
        java.util.List<String> texts = java.util.List.of("", "s", "sp", "spaw", "spawn", "time.sleep(1)", "import socket as se",
                "xx_", "a", "ab", "zzab", "abab", "selec", "☃s☃", "eventlet.green.select");
        answersAsContains(many, words, texts);
        // A few words are each looked for with contains: the same answers.
        java.util.List<String> few = java.util.List.of("sleep", "s", "ab");
        answersAsContains(Needles.of(Set.copyOf(few)), few, texts);
        Needles pairOnly = Needles.of(Set.of("yz"));
        assertTrue(pairOnly.foundIn("xyz"), "a word ending the text");
        assertFalse(pairOnly.foundIn("y"), "a text shorter than the word");
    }

    /** For each text: the words String.contains finds in it, and whether there is one. */
    private static void answersAsContains(Needles needles, java.util.List<String> words, java.util.List<String> texts) {
        for (String text : texts) {
            Set<String> expected = new java.util.HashSet<>();
            words.forEach(w -> {
                if (text.contains(w)) {
                    expected.add(w);
                }
            });
            org.junit.jupiter.api.Assertions.assertEquals(expected, needles.wordsIn(text), text);
            org.junit.jupiter.api.Assertions.assertEquals(!expected.isEmpty(), needles.foundIn(text), text);
        }
    }
}
