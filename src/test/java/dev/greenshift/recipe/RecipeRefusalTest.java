package dev.greenshift.recipe;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Recipes that would write wrong code are refused when loaded, with file:line:col. */
class RecipeRefusalTest {

    private static String recipe(String match) {
        return "recipe r {\n    summary \"s\"\n    category green-threads\n    safety safe\n    " + match + "\n}\n";
    }

    private static String problem(String match) {
        List<String> problems = assertThrows(RecipeException.class, () -> RecipeLoader.parse("x.recipe", "p", recipe(match))).problems();
        // The refused case leaves its recipe without cases: that follows, as a second problem.
        return problems.get(0);
    }

    private static void loads(String match) {
        assertDoesNotThrow(() -> RecipeLoader.parse("x.recipe", "p", recipe(match)));
    }

    @Test
    void aMetavariableBoundTwiceIsRefusedAtItsSecondUse() {
        assertEquals("x.recipe:5:36: $f is bound twice in this pattern: give each piece of code its own name ($f and $f2, say)",
                problem("match call `eventlet.spawn($f, $f)` -> `g($f)`"));
    }

    @Test
    void theWildcardMayRepeat() {
        loads("match call `eventlet.spawn($f, $_, $_)` -> `g($f)`");
    }

    @Test
    void twoOperandsWithNothingBetweenAreRefused() {
        assertEquals("x.recipe:5:41: template is not valid Python: missing operator or comma between '_f' and 'daemon'",
                problem("match call `eventlet.spawn($f)` -> `threading.Thread(target=$f daemon=True)`"));
    }

    @Test
    void anOperatorWithNothingAfterItIsRefused() {
        assertEquals("x.recipe:5:41: template is not valid Python: nothing after '='",
                problem("match call `eventlet.spawn($f)` -> `threading.Thread(target=)`"));
        assertEquals("x.recipe:5:41: template is not valid Python: nothing after '+'",
                problem("match call `eventlet.sleep($s)` -> `time.sleep($s +)`"));
    }

    @Test
    void aDoubledCommaAndADanglingDotAreRefused() {
        assertEquals("x.recipe:5:41: template is not valid Python: two commas in a row",
                problem("match call `eventlet.spawn($f)` -> `g($f,, 1)`"));
        assertEquals("x.recipe:5:41: template is not valid Python: a name must follow '.'",
                problem("match call `eventlet.spawn($f)` -> `threading.(target=$f)`"));
    }

    @Test
    void validShapesStillLoad() {
        loads("match call `eventlet.spawn($f, $args*, $kw**)` -> `threading.Thread(target=$f, args=${args:tuple}, kwargs=${kw:dict}, daemon=True).start()`");
        loads("match call `eventlet.sleep($s)` -> `time.sleep(-$s if $s is not None else 0)`");
        loads("match call `eventlet.spawn($f, $args*)` -> `g(*[$f], 'a' 'b', x=not $f, y=lambda: {})`");
    }
}
