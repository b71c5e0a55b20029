package dev.greenshift.rewrite;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.greenshift.syntax.Module;
import org.junit.jupiter.api.Test;

/**
 * What the husk sweep finds in a file no edit touched: only a block of passes alone, which it
 * collapses to one whenever the file is rewritten. A rewrite that only adds comment lines may skip
 * the sweep when there is none.
 */
class HusksTest {

    @Test
    void aBlockOfTwoPassesIsSweptEvenUntouched() {
        assertTrue(Husks.sweepsUntouched(Module.parse("def f():\n    pass\n    pass\n")));
    }

    @Test
    void oneOrMoreUntouchedPassesBesideCodeAreLeft() {
        assertFalse(Husks.sweepsUntouched(Module.parse("def f():\n    pass\n\n\nclass C:\n    x = 1\n    pass\n")));
    }

    @Test
    void passesAtTheTopOfTheModuleAreLeft() {
        assertFalse(Husks.sweepsUntouched(Module.parse("pass\npass\n")));
    }

    @Test
    void anUntouchedIfOfPassesIsLeft() {
        // Only an edited condition makes an empty if a husk: untouched, it is the author's.
        assertFalse(Husks.sweepsUntouched(Module.parse("def f(x):\n    if x:\n        pass\n    else:\n        pass\n    return x\n")));
    }
}
