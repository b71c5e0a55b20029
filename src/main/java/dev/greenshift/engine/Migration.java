package dev.greenshift.engine;

import dev.greenshift.source.FileDiscovery;
import dev.greenshift.source.Selection;
import dev.greenshift.source.ReadResult;
import dev.greenshift.source.SourceFile;
import dev.greenshift.source.SourceReader;
import dev.greenshift.verify.PythonCompiler;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One run of the engine over the paths a user named: discover, read, rewrite (in parallel,
 * reported in path order), then verify every changed file with one python3 process. A file
 * whose output no longer compiles while its input did keeps its original text and an error.
 */
public final class Migration {

    /**
     * @param dependencyNotes where a requirements file still names the library because code still uses it
     */
    public record Outcome(List<FileResult> results, List<ReadResult.Unreadable> unreadable, boolean verified,
                          List<Finding> dependencyNotes) {
    }

    private Migration() {
    }

    public static Outcome run(Engine engine, List<Path> paths, boolean verify) throws IOException {
        return run(engine, paths, Selection.DEFAULT, verify);
    }

    public static Outcome run(Engine engine, List<Path> paths, Selection selection, boolean verify) throws IOException {
        PythonCompiler python = verify ? PythonCompiler.find() : null;
        try (PythonCompiler.Session session = python == null ? null : python.open()) {
            return run(engine, paths, selection, session);
        }
    }

    private static Outcome run(Engine engine, List<Path> paths, Selection selection, PythonCompiler.Session python) throws IOException {
        FileDiscovery.Result found = FileDiscovery.discover(paths, selection);
        List<ReadResult.Unreadable> unreadable = new ArrayList<>(found.problems());
        List<SourceFile> files = new ArrayList<>();
        for (ReadResult r : found.files().parallelStream().map(f -> SourceReader.read(f.path(), f.displayPath())).toList()) {
            if (r instanceof ReadResult.Read read) {
                files.add(read.file());
            } else {
                unreadable.add((ReadResult.Unreadable) r);
            }
        }
        ProjectIndex index = ProjectIndex.of(files, engine);
        engine = engine.withProjectAliases(index);
        Engine project = engine;
        List<FileResult> results = new ArrayList<>(files.parallelStream()
                .map(f -> project.process(f, Set.of(), index.parsed().get(f))).toList());
        Set<String> ran = new HashSet<>();
        results.forEach(r -> ran.addAll(r.editsByRecipe().keySet()));
        // Second pass for cases that follow what the whole run did (test patches follow rewritten code).
        for (int i = 0; i < results.size(); i++) {
            if (engine.dependsOnRun(results.get(i).file())) {
                results.set(i, engine.process(results.get(i).file(), ran));
            }
        }
        if (python != null) {
            results = verified(python, results);
        }
        List<Finding> notes = new ArrayList<>();
        results.addAll(DependencyCleanup.run(engine, paths, results, notes));
        results.sort(Comparator.comparing(r -> r.file().displayPath()));
        unreadable.sort(Comparator.comparing(ReadResult.Unreadable::displayPath));
        return new Outcome(results, unreadable, python != null, notes);
    }

    /**
     * Compiles every changed output; only the inputs of outputs that fail are compiled too, to
     * tell a broken rewrite (input compiled) from a file that never compiled.
     */
    private static List<FileResult> verified(PythonCompiler.Session python, List<FileResult> results) throws IOException {
        List<Integer> changed = new ArrayList<>();
        List<byte[]> sources = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            FileResult r = results.get(i);
            if (r.changed()) {
                changed.add(i);
                sources.add(r.file().encode(r.output()));
                sources.add(r.file().bytes());
            }
        }
        List<String> compiled = python.compileUntilFirstOk(sources);
        List<FileResult> out = new ArrayList<>(results);
        for (int k = 0; k < changed.size(); k++) {
            String after = compiled.get(2 * k);
            String before = compiled.get(2 * k + 1);
            if (after != null && before == null) {
                int i = changed.get(k);
                out.set(i, out.get(i).withError("engine error: the rewritten file does not compile (" + after + "); left unchanged"));
            }
        }
        return out;
    }
}
