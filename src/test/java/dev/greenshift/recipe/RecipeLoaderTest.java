package dev.greenshift.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.greenshift.match.Context;
import dev.greenshift.match.Pattern;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecipeLoaderTest {

    private static String recipe(String id, String body) {
        return "recipe " + id + " {\n    summary \"s\"\n    category green-threads\n    safety safe\n" + body + "}\n";
    }

    private static List<String> problems(String text) {
        RecipeException e = assertThrows(RecipeException.class, () -> RecipeLoader.parse("x.recipe", "p", text));
        return e.problems();
    }

    @Test
    void aWellFormedRecipeLoadsWithItsCasesInOrder() throws Exception {
        RecipeSet set = RecipeLoader.parse("x.recipe", "threading", recipe("sleep",
                "    requires import time\n    match call `eventlet.sleep($s)` -> `time.sleep($s)`\n    match name `eventlet.sleep` -> `time.sleep`\n"));
        Recipe r = set.byId("sleep");
        assertEquals("threading", r.pack());
        assertEquals(Safety.SAFE, r.safety());
        assertEquals(Category.GREEN_THREADS, r.category());
        assertEquals("import time", r.requires().get(0).statementText());
        assertEquals(Context.CALL, r.cases().get(0).pattern().context());
        assertTrue(r.cases().get(1).pattern() instanceof Pattern.Name);
    }

    @Test
    void aKeepCaseSaysWhyTheMatchNeedsNothing() throws Exception {
        RecipeSet set = RecipeLoader.parse("x.recipe", "threading", recipe("timeout",
                "    match call `eventlet.Timeout()` keep \"an exception value\"\n    match call `eventlet.Timeout($_*)` flag \"f\"\n"));
        RecipeCase kept = set.byId("timeout").cases().get(0);
        assertEquals("an exception value", kept.kept());
        assertEquals(null, kept.template());
        assertEquals(null, kept.flag());
        assertEquals(null, set.byId("timeout").cases().get(1).kept());
    }

    @Test
    void aRecipeSaysWhatOfMonkeyPatchingItsRewriteNeedsThreadsAndTimeUnlessItSays() throws Exception {
        RecipeSet set = RecipeLoader.parse("x.recipe", "threading", recipe("sleep", "    needs time\n    match call `eventlet.sleep($s)` -> `time.sleep($s)`\n")
                + recipe("lock", "    match call `eventlet.semaphore.Semaphore()` -> `threading.Semaphore()`\n")
                + recipe("targets", "    needs nothing\n    match string `eventlet.sleep` -> `time.sleep`\n"));
        assertEquals(java.util.Set.of("time"), set.byId("sleep").needsPatched());
        assertEquals(java.util.Set.of("thread", "time"), set.byId("lock").needsPatched());
        assertEquals(java.util.Set.of(), set.byId("targets").needsPatched());
    }

    @Test
    void anUnknownNeedIsAnErrorAtItsWord() {
        List<String> p = problems(recipe("q", "    needs time socket\n    match call `eventlet.sleep($s)` -> `time.sleep($s)`\n"));
        assertTrue(p.stream().anyMatch(s -> s.startsWith("x.recipe:5:16: unknown need 'socket' (expected thread, time or nothing)")), p.toString());
    }

    @Test
    void syntaxErrorsNameFileLineAndColumn() {
        List<String> p = problems("recipe broken {\n    summary \"s\"\n    match call `eventlet.sleep()` =>\n}\n");
        assertTrue(p.get(0).startsWith("x.recipe:3:"), p.toString());
    }

    @Test
    void duplicateIdsAreErrors() {
        List<String> p = problems(recipe("twice", "    match name `eventlet.sleep` -> `time.sleep`\n")
                + recipe("twice", "    match name `eventlet.sleep` -> `time.sleep`\n"));
        assertTrue(p.get(0).contains("duplicate recipe id 'twice' (first defined at x.recipe:1:1)"), p.toString());
    }

    @Test
    void unknownMetavariablesInTemplatesAreErrors() {
        List<String> p = problems(recipe("m", "    match call `eventlet.sleep($s)` -> `time.sleep($seconds)`\n"));
        assertTrue(p.get(0).contains("unknown metavariable $seconds"), p.toString());
        assertTrue(p.get(0).startsWith("x.recipe:5:"), p.toString());
    }

    @Test
    void templatesThatAreNotPythonAreErrors() {
        List<String> p = problems(recipe("t", "    match call `eventlet.sleep($s)` -> `time.sleep(($s)`\n"));
        assertTrue(p.get(0).contains("template is not valid Python: unbalanced '('"), p.toString());
    }

    @Test
    void patternsThatAreNotPatternsAreErrorsAtTheirColumn() {
        List<String> p = problems(recipe("q", "    match call `eventlet.sleep` -> `time.sleep`\n"));
        assertTrue(p.get(0).matches("x\\.recipe:5:\\d+: expected '\\(' after eventlet\\.sleep"), p.toString());
    }

    @Test
    void unknownContextsCategoriesAndSafetiesAreErrors() {
        List<String> p = problems("recipe z {\n    summary \"s\"\n    category wizardry\n    safety maybe\n"
                + "    match somewhere `eventlet.sleep` -> `time.sleep`\n}\n");
        assertTrue(p.stream().anyMatch(s -> s.startsWith("x.recipe:3:14: unknown category 'wizardry'")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("x.recipe:4:12: unknown safety 'maybe'")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("x.recipe:5:11: unknown match context 'somewhere'")), p.toString());
    }

    @Test
    void aliasesCanonicaliseNamesAndTheirPrefixes() throws Exception {
        RecipeSet set = RecipeLoader.parse("a.recipe", "p", "alias eventlet.greenthread.spawn = eventlet.spawn\n"
                + "alias eventlet.timeout = eventlet.timeout_module\n");
        assertEquals("eventlet.spawn", set.canonical("eventlet.greenthread.spawn"));
        assertEquals("eventlet.timeout_module.Timeout", set.canonical("eventlet.timeout.Timeout"));
        assertEquals("eventlet.sleep", set.canonical("eventlet.sleep"));
    }

    @Test
    void selectingAnUnknownPackOrIdIsAnError() throws Exception {
        RecipeSet all = RecipeLoader.load(List.of(Path.of("rules")));
        assertEquals(all.select(List.of()).recipes().size(), all.select(List.of("threading")).recipes().size());
        assertEquals(1, all.select(List.of("eventlet-sleep")).recipes().size());
        RecipeException e = assertThrows(RecipeException.class, () -> all.select(List.of("nope")));
        assertEquals(List.of("unknown recipe or pack: nope"), e.problems());
    }

    private static final String NEUTRAL = "parameter neutral = \"app.concurrency\"\n" + recipe("neutral-sleep",
            "    requires module <neutral>\n    match call `eventlet.sleep($s)` -> `<neutral:last>.sleep($s)`\n"
                    + "    match string `eventlet.sleep` -> `<neutral>.sleep`\n");

    @Test
    void parametersTakeTheirDeclaredDefault() throws Exception {
        Recipe r = RecipeLoader.parse("n.recipe", "neutral", NEUTRAL).byId("neutral-sleep");
        assertEquals("from app import concurrency", r.requires().get(0).statementText());
        assertEquals("concurrency.sleep($s)", r.cases().get(0).template().text());
        assertEquals("app.concurrency.sleep", r.cases().get(1).template().text());
        assertTrue(r.parameterized());
    }

    @Test
    void parametersTakeTheCallersValue() throws Exception {
        Recipe r = RecipeLoader.parse("n.recipe", "neutral", NEUTRAL, java.util.Map.of("neutral", "shop.common.green"))
                .byId("neutral-sleep");
        assertEquals("from shop.common import green", r.requires().get(0).statementText());
        assertEquals("green.sleep($s)", r.cases().get(0).template().text());
        Recipe top = RecipeLoader.parse("n.recipe", "neutral", NEUTRAL, java.util.Map.of("neutral", "concurrency"))
                .byId("neutral-sleep");
        assertEquals("import concurrency", top.requires().get(0).statementText());
    }

    @Test
    void anUndeclaredParameterIsALoadError() {
        List<String> p = problems(recipe("r", "    match call `eventlet.sleep()` -> `<nowhere>.sleep()`\n"));
        assertTrue(p.get(0).contains("unknown parameter <nowhere>"), p.toString());
    }

    @Test
    void packsNamingAParameterRunOnlyWhenSelected() throws Exception {
        RecipeSet all = RecipeLoader.load(List.of(Path.of("rules")));
        assertTrue(all.select(List.of()).recipes().stream().noneMatch(r -> r.pack().equals("neutral")));
        assertTrue(all.select(List.of("neutral")).recipes().stream().allMatch(r -> r.pack().equals("neutral")));
    }
}
