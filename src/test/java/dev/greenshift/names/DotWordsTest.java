package dev.greenshift.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which texts write '.attr': before, every text was read for each attribute; after, once for all, with the same answers. */
class DotWordsTest {
    private static final List<String> TEXTS = List.of(
            "pool.waitall()\n",
            "self.wait_for(x)  # .wait\n",
            "evt.send(1)\n",
            "x = 'a..wait'\n",
            "from . import wait\n",
            "caf\u00e9.wait()\n",
            "no dots here\n",
            "obj.waits.append(q)",
            "trailing.");

    @Test
    void answersWhatContainsAnswersForEveryAttributeQuestion() {
        DotWords words = DotWords.of(TEXTS);
        for (String attr : List.of("wait", "waitall", "wait_for", "waits", "send", "s", "w", "append", "nothing", "x", "a")) {
            BitSet expected = new BitSet();
            for (int i = 0; i < TEXTS.size(); i++) {
                if (TEXTS.get(i).contains("." + attr)) {
                    expected.set(i);
                }
            }
            assertEquals(expected, words.holding(attr), attr);
        }
    }

    @Test
    void onlyADotAndWordCharactersAreItsQuestions() {
        assertTrue(DotWords.asks(".wait"));
        assertTrue(DotWords.asks(".wait_2"));
        assertFalse(DotWords.asks("wait"), "a bare name can stand inside any word");
        assertFalse(DotWords.asks("."));
        assertFalse(DotWords.asks(".caf\u00e9"), "a word character outside ASCII would end the indexed word early");
        assertFalse(DotWords.asks(".a.b"));
    }
}
