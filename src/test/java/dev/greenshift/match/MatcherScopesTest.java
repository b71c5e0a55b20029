package dev.greenshift.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.greenshift.names.ModuleLocation;
import dev.greenshift.names.NameTable;
import dev.greenshift.recipe.Recipe;
import dev.greenshift.recipe.RecipeCase;
import dev.greenshift.recipe.RecipeLoader;
import dev.greenshift.recipe.RecipeSet;
import dev.greenshift.syntax.Module;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The matcher sees a name as the resolver does: which lines of each source hold a match of the threading pack. */
class MatcherScopesTest {
    private static Matcher matcher;

    @BeforeAll
    static void compileThreadingPatterns() throws Exception {
        RecipeSet recipes = RecipeLoader.load(List.of(Path.of("rules"))).select(List.of("threading"));
        List<Pattern> patterns = new ArrayList<>();
        for (Recipe r : recipes.recipes()) {
            for (RecipeCase c : r.cases()) {
                patterns.add(c.pattern());
            }
        }
        matcher = new Matcher(patterns, recipes::canonical);
    }

    private static TreeSet<Integer> matchedLines(String source, ModuleLocation location) {
        Module module = Module.parse(source);
        TreeSet<Integer> lines = new TreeSet<>();
        matcher.match(module, NameTable.of(module, location)).forEach(m -> lines.add(m.line()));
        return lines;
    }

    private static TreeSet<Integer> matchedLines(String source) {
        return matchedLines(source, ModuleLocation.UNKNOWN);
    }

    @Test
    void aLocalThatShadowsTheImportIsNeverMatched() {
        assertEquals(new TreeSet<>(List.of(3)), matchedLines("""
                import eventlet
                def nap():
                    eventlet.sleep(1)
                def fake(eventlet):
                    eventlet.sleep(1)
                def later():
                    eventlet.sleep(1)
                    eventlet = None
                """));
    }

    @Test
    void lambdaParametersAndComprehensionTargetsShadowTheImport() {
        assertEquals(new TreeSet<>(List.of(4)), matchedLines("""
                from eventlet import sleep
                wait = lambda sleep: sleep(1)
                naps = [sleep(s) for sleep in sleepers]
                sleep(2)
                """));
    }

    @Test
    void anImportInsideAFunctionIsSeenOnlyThere() {
        assertEquals(new TreeSet<>(List.of(3)), matchedLines("""
                def nap():
                    import eventlet
                    eventlet.sleep(1)
                eventlet.sleep(1)
                """));
    }

    @Test
    void anOptionalImportIsMatched() {
        assertEquals(new TreeSet<>(List.of(5)), matchedLines("""
                try:
                    import eventlet
                except ImportError:
                    eventlet = None
                eventlet.sleep(1)
                """));
    }

    @Test
    void aRelativeImportOfEventletsOwnPackageIsMatchedWhenTheModuleSitsInsideIt() {
        assertEquals(new TreeSet<>(List.of(2)), matchedLines("from . import sleep\nsleep(1)\n",
                new ModuleLocation("eventlet.helpers", false)));
        assertEquals(new TreeSet<>(), matchedLines("from . import sleep\nsleep(1)\n", new ModuleLocation("pkg.helpers", false)));
    }
}
