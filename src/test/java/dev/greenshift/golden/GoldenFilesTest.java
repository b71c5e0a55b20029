package dev.greenshift.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.greenshift.engine.Engine;
import dev.greenshift.engine.FileResult;
import dev.greenshift.recipe.RecipeLoader;
import dev.greenshift.recipe.RecipeSet;
import dev.greenshift.source.ReadResult;
import dev.greenshift.source.SourceReader;
import dev.greenshift.verify.GoldenCase;
import dev.greenshift.verify.PythonCompiler;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every golden case under golden/: the pack's diff of the input must equal the approved file
 * (approvaltests writes a .received.diff beside it when not), the output must compile when the
 * input does, and a second run over the output must change nothing.
 */
class GoldenFilesTest {
    static final Path GOLDEN = Path.of("golden");
    static final List<Path> RULES = List.of(Path.of("rules"), Path.of("src/test/resources/rules"));

    @TestFactory
    Stream<DynamicTest> everyGoldenCaseMatchesItsApprovedDiff() throws Exception {
        RecipeSet recipes = RecipeLoader.load(RULES);
        List<DynamicTest> tests = new ArrayList<>();
        for (GoldenCase c : GoldenCase.discover(GOLDEN)) {
            tests.add(DynamicTest.dynamicTest(c.pack() + "/" + c.displayPath(), () -> verify(c, recipes)));
        }
        assertTrue(tests.size() >= 10, "expected the golden cases under golden/, found " + tests.size());
        return tests.stream();
    }

    private static void verify(GoldenCase c, RecipeSet recipes) throws Exception {
        GoldenCase.Run run = c.run(recipes);
        GoldenFiles.verify(run.text(), c.approved(), c.received());
        FileResult result = run.result();
        if (result == null || !result.changed()) {
            return;
        }
        assertCompiles(result);
        assertIdempotent(c, recipes, result);
    }

    private static void assertCompiles(FileResult result) throws Exception {
        PythonCompiler python = PythonCompiler.find();
        if (python == null) {
            return;
        }
        List<String> compiled = python.compile(List.of(result.file().bytes(), result.file().encode(result.output())));
        if (compiled.get(0) == null) {
            assertNull(compiled.get(1), "rewritten " + result.file().displayPath() + " does not compile");
        }
    }

    private static void assertIdempotent(GoldenCase c, RecipeSet recipes, FileResult first) throws Exception {
        ReadResult again = SourceReader.decode(c.input(), c.displayPath(), first.file().encode(first.output()));
        FileResult second = new Engine(recipes.select(List.of(c.pack()))).processAlone(((ReadResult.Read) again).file());
        assertEquals(first.output(), second.output(), "a second run changed " + c.displayPath() + " again");
    }
}
