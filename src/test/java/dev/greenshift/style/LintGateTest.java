package dev.greenshift.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.greenshift.engine.Engine;
import dev.greenshift.engine.FileResult;
import dev.greenshift.recipe.RecipeLoader;
import dev.greenshift.recipe.RecipeSet;
import dev.greenshift.source.ReadResult;
import dev.greenshift.source.SourceReader;
import dev.greenshift.verify.GoldenCase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lint gate of a typical project, run on what greenshift writes: Debian's flake8 with a
 * 79-column limit (and the continuation-line checks flake8 leaves off by default, E121, E123,
 * E126) must find nothing in the outputs of the golden cases and of examples/ that it did not
 * already find in their inputs.
 */
class LintGateTest {
    private static final String DEBIAN_PYTHON = "/usr/bin/python3";
    private static final List<Path> RULES = List.of(Path.of("rules"), Path.of("src/test/resources/rules"));

    @TempDir
    Path work;

    @Test
    void rewrittenGoldenCasesAndExamplesAddNoFlake8Violation() throws Exception {
        assumeTrue(flake8Available(), "skipped: " + DEBIAN_PYTHON + " -m flake8 is not installed (apt-get install flake8)");
        RecipeSet recipes = RecipeLoader.load(RULES);
        Path before = Files.createDirectories(work.resolve("before"));
        Path after = Files.createDirectories(work.resolve("after"));
        int written = 0;
        for (GoldenCase c : GoldenCase.discover(Path.of("golden"))) {
            if (c.pack().equals("engine")) {
                continue; // the engine pack's demo recipes rewrite into made-up names on purpose
            }
            FileResult result = c.run(recipes).result();
            written += write(result, before, after, c.pack() + "/" + c.recipe() + "/" + c.input().getFileName());
        }
        Engine threading = new Engine(recipes.select(List.of("threading")));
        try (Stream<Path> examples = Files.list(Path.of("examples"))) {
            for (Path example : examples.filter(p -> p.toString().endsWith(".py")).sorted().toList()) {
                ReadResult read = SourceReader.read(example, example.toString());
                if (read instanceof ReadResult.Read r) {
                    written += write(threading.processAlone(r.file()), before, after, "examples/" + example.getFileName());
                }
            }
        }
        assumeTrue(written > 0, "no case changed anything");
        Map<String, Integer> found = violations(before);
        Map<String, Integer> now = violations(after);
        List<String> added = new ArrayList<>();
        now.forEach((key, count) -> {
            int was = found.getOrDefault(key, 0);
            if (count > was) {
                added.add((count - was) + " x " + key);
            }
        });
        assertEquals(List.of(), added, "flake8 violations the rewrite added (file code)");
    }

    /** Writes input and output of a changed file under the same relative name; 1 when written. */
    private static int write(FileResult result, Path before, Path after, String name) throws IOException {
        if (result == null || !result.changed()) {
            return 0;
        }
        Path in = before.resolve(name);
        Path out = after.resolve(name);
        Files.createDirectories(in.getParent());
        Files.createDirectories(out.getParent());
        Files.write(in, result.file().bytes());
        Files.write(out, result.file().encode(result.output()));
        return 1;
    }

    /** Violations per "file code" under a directory. */
    private static Map<String, Integer> violations(Path dir) throws Exception {
        Process p = new ProcessBuilder(DEBIAN_PYTHON, "-m", "flake8", "--isolated", "--max-line-length=79",
                "--extend-select=E121,E123,E126", "--format=%(path)s %(code)s", ".")
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(120, TimeUnit.SECONDS);
        Map<String, Integer> counts = new TreeMap<>();
        for (String line : output.split("\n")) {
            if (line.matches("\\S+\\.py [A-Z]+\\d+")) {
                counts.merge(line, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static boolean flake8Available() {
        try {
            Process p = new ProcessBuilder(DEBIAN_PYTHON, "-m", "flake8", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
