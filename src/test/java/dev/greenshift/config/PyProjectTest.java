package dev.greenshift.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** [tool.greenshift] in pyproject.toml: every key, every mistake located as file:line:col. */
class PyProjectTest {
    private static final Path FILE = Path.of("/project/pyproject.toml");

    private static ProjectConfig parse(String toml) throws ConfigException {
        return PyProject.parse(FILE, "pyproject.toml", toml);
    }

    private static String problem(String toml) {
        ConfigException e = assertThrows(ConfigException.class, () -> parse(toml));
        return e.getMessage();
    }

    @Test
    void everyKeyIsRead() throws Exception {
        ProjectConfig c = parse("""
                [project]
                name = "svc"

                [tool.greenshift]
                recipes = ["threading", "requirements"]
                rules = ["migration/rules"]
                include = ["svc/**"]
                exclude = ["svc/vendored/", "*_pb2.py"]
                world = "patched"
                neutral-module = "svc.compat.concurrency"
                """);
        assertEquals(Optional.of(FILE), c.file());
        assertEquals(List.of("threading", "requirements"), c.recipes());
        assertEquals(List.of(Path.of("/project/migration/rules")), c.rules(), "rules are relative to the pyproject.toml");
        assertEquals(List.of("svc/**"), c.include());
        assertEquals(List.of("svc/vendored/", "*_pb2.py"), c.exclude());
        assertEquals(Optional.of(ProjectConfig.World.PATCHED), c.world());
        assertEquals(Optional.of("svc.compat.concurrency"), c.neutralModule());
    }

    @Test
    void missingKeysAreNotConfigured() throws Exception {
        ProjectConfig c = parse("[tool.greenshift]\n");
        assertEquals(List.of(), c.recipes());
        assertEquals(Optional.empty(), c.world());
        assertEquals(Optional.empty(), c.neutralModule());
        assertTrue(c.file().isPresent());
    }

    @Test
    void aFileWithoutTheTableConfiguresNothing() throws Exception {
        assertEquals(ProjectConfig.NONE, parse("[tool.black]\nline-length = 100\n"));
    }

    @Test
    void dottedAndInlineSpellingsAreTheSameTable() throws Exception {
        assertEquals(List.of("threading"), parse("tool.greenshift.recipes = [\"threading\"]\n").recipes());
        assertEquals(Optional.of(ProjectConfig.World.NATIVE), parse("[tool]\ngreenshift = { world = \"native\" }\n").world());
    }

    @Test
    void anUnknownKeyIsAnErrorAtItsLine() {
        String message = problem("""
                [tool.greenshift]
                recipes = ["threading"]
                  exlude = ["build/"]
                """);
        assertTrue(message.startsWith("pyproject.toml:3:3: unknown key 'exlude' in [tool.greenshift]"), message);
        assertTrue(message.contains("known keys: exclude, include, neutral-module, recipes, rules, world"), message);
    }

    @Test
    void anUnknownSubTableIsAnErrorAtItsHeader() {
        String message = problem("[tool.greenshift]\nworld = \"auto\"\n\n[tool.greenshift.packs]\nthreading = true\n");
        assertTrue(message.startsWith("pyproject.toml:4:1: unknown key 'packs'"), message);
    }

    @Test
    void wrongTypesAreErrorsAtTheirKeys() {
        assertEquals("pyproject.toml:2:1: recipes must be an array of strings, like recipes = [\"...\"], not a string",
                problem("[tool.greenshift]\nrecipes = \"threading\"\n"));
        assertEquals("pyproject.toml:2:1: rules must hold non-empty strings only, not a number",
                problem("[tool.greenshift]\nrules = [\"a\", 2]\n"));
        assertEquals("pyproject.toml:3:1: include must hold non-empty strings only, not a string",
                problem("[tool.greenshift]\n# comment\ninclude = [\"\"]\n"));
        assertEquals("pyproject.toml:2:1: exclude must be an array of strings, like exclude = [\"...\"], not a boolean",
                problem("[tool.greenshift]\nexclude = true\n"));
        assertEquals("pyproject.toml:2:1: world must be a string, not an array",
                problem("[tool.greenshift]\nworld = [\"auto\"]\n"));
        assertEquals("pyproject.toml:2:1: world must be auto, patched or native, not 'green'",
                problem("[tool.greenshift]\nworld = \"green\"\n"));
        assertEquals("pyproject.toml:2:1: neutral-module must be a dotted Python module name, not 'my-compat'",
                problem("[tool.greenshift]\nneutral-module = \"my-compat\"\n"));
        assertEquals("pyproject.toml:2:1: neutral-module must be a string, not a table",
                problem("[tool.greenshift]\nneutral-module = { name = \"x\" }\n"));
    }

    @Test
    void theTableItselfMustBeATable() {
        assertEquals("pyproject.toml:2:1: [tool.greenshift] must be a table", problem("[tool]\ngreenshift = \"yes\"\n"));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> parse("[tool.greenshift]\nfoo = 1\nworld = \"x\"\n"));
        assertEquals(List.of("pyproject.toml:2:1: unknown key 'foo' in [tool.greenshift] (known keys: exclude, include, neutral-module, recipes, rules, world)",
                "pyproject.toml:3:1: world must be auto, patched or native, not 'x'"), e.problems());
    }

    @Test
    void invalidTomlIsAnErrorWithJacksonsPosition() {
        String message = problem("[tool.greenshift]\nrecipes = [\"threading\"\n");
        assertTrue(message.matches("pyproject\\.toml:\\d+:\\d+: invalid TOML: .*"), message);
        assertTrue(message.startsWith("pyproject.toml:2:") || message.startsWith("pyproject.toml:3:"), message);
    }

    @Test
    void keysAreLocatedPastMultiLineValuesAndQuotedKeys() {
        String message = problem("""
                [tool.greenshift]
                exclude = [
                    "a/",  # vendored
                    "b/",
                ]
                notes = '''
                world = "not a key"
                '''
                "quoted key" = 1
                """);
        assertEquals(List.of(
                "pyproject.toml:6:1: unknown key 'notes' in [tool.greenshift] (known keys: exclude, include, neutral-module, recipes, rules, world)",
                "pyproject.toml:9:1: unknown key 'quoted key' in [tool.greenshift] (known keys: exclude, include, neutral-module, recipes, rules, world)"),
                List.of(message.split("\n")));
    }

    @Test
    void theNearestConfiguredProjectAboveThePathApplies(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("pyproject.toml"), "[tool.greenshift]\nrecipes = [\"threading\"]\n");
        Path pkg = Files.createDirectories(dir.resolve("svc/pkg"));
        Files.writeString(dir.resolve("svc/pyproject.toml"), "[tool.black]\nline-length = 99\n");
        Files.writeString(pkg.resolve("mod.py"), "");
        ProjectConfig c = PyProject.find(pkg.resolve("mod.py"));
        assertEquals(Optional.of(dir.resolve("pyproject.toml").toAbsolutePath()), c.file().map(Path::toAbsolutePath),
                "a pyproject.toml without [tool.greenshift] is passed over");
        assertEquals(List.of("threading"), c.recipes());
    }

    @Test
    void theWalkStopsAtTheRepositoryTop(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("pyproject.toml"), "[tool.greenshift]\nrecipes = [\"threading\"]\n");
        Path repo = Files.createDirectories(dir.resolve("checkout"));
        Files.createDirectories(repo.resolve(".git"));
        assertEquals(ProjectConfig.NONE, PyProject.find(repo));
    }

    @Test
    void otherToolsBrokenFilesAreNotOurs(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("pyproject.toml"), "[tool.ruff\nselect = \n");
        assertEquals(ProjectConfig.NONE, PyProject.find(dir));
    }
}
