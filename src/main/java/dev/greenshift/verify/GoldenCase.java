package dev.greenshift.verify;

import dev.greenshift.engine.Engine;
import dev.greenshift.engine.FileResult;
import dev.greenshift.engine.Finding;
import dev.greenshift.recipe.RecipeSet;
import dev.greenshift.report.UnifiedDiff;
import dev.greenshift.rewrite.Conflict;
import dev.greenshift.source.ReadResult;
import dev.greenshift.source.SourceReader;
import dev.greenshift.style.StyleReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A golden case: golden/&lt;pack&gt;/&lt;recipe&gt;/&lt;case&gt;.py and its approved output
 * &lt;case&gt;.approved.diff. The output is the unified diff the pack makes of the input, then its
 * findings, conflicts and errors as '# ' lines, so one reviewed file pins all of it.
 */
public record GoldenCase(String pack, String recipe, Path input) {

    public Path approved() {
        return input.resolveSibling(baseName() + ".approved.diff");
    }

    public Path received() {
        return input.resolveSibling(baseName() + ".received.diff");
    }

    public String baseName() {
        String name = input.getFileName().toString();
        return name.substring(0, name.length() - 3);
    }

    public String displayPath() {
        return recipe + "/" + input.getFileName();
    }

    /** Every case under a golden directory, in a stable order. */
    public static List<GoldenCase> discover(Path goldenRoot) throws IOException {
        List<GoldenCase> cases = new ArrayList<>();
        if (!Files.isDirectory(goldenRoot)) {
            return cases;
        }
        try (Stream<Path> walk = Files.walk(goldenRoot, 3)) {
            for (Path p : walk.filter(p -> p.toString().endsWith(".py")).sorted().toList()) {
                Path rel = goldenRoot.relativize(p);
                if (rel.getNameCount() == 3) {
                    cases.add(new GoldenCase(rel.getName(0).toString(), rel.getName(1).toString(), p));
                }
            }
        }
        return cases;
    }

    /** Runs the case's pack over the input and renders the approved-file text. */
    public Run run(RecipeSet all) throws Exception {
        RecipeSet pack = all.select(List.of(this.pack));
        ReadResult read = SourceReader.read(input, displayPath());
        if (read instanceof ReadResult.Unreadable u) {
            return new Run("# unreadable: " + u.reason() + "\n", null);
        }
        // A case directory may hold the configuration of the style it shows (a tox.ini, a pyproject.toml).
        StyleReader styles = new StyleReader();
        FileResult result = new Engine(pack).withStyles(f -> styles.styleOf(f.path())).processAlone(((ReadResult.Read) read).file());
        StringBuilder out = new StringBuilder();
        out.append(result.changed() ? UnifiedDiff.of(displayPath(), result.file().text(), result.output()) : "# no change\n");
        for (Finding f : result.findings()) {
            out.append("# ").append(f).append('\n');
        }
        for (Conflict c : result.conflicts()) {
            out.append("# ").append(c).append('\n');
        }
        if (result.error() != null) {
            out.append("# error: ").append(result.error()).append('\n');
        }
        return new Run(out.toString(), result);
    }

    public String approvedText() throws IOException {
        return Files.exists(approved()) ? Files.readString(approved(), StandardCharsets.UTF_8) : null;
    }

    public record Run(String text, FileResult result) {
    }
}
