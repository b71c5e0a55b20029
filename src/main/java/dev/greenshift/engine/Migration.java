package dev.greenshift.engine;

import dev.greenshift.source.FileDiscovery;
import dev.greenshift.source.Selection;
import dev.greenshift.source.ReadResult;
import dev.greenshift.source.SourceFile;
import dev.greenshift.source.SourceReader;
import dev.greenshift.style.StyleReader;
import dev.greenshift.verify.PythonCompiler;
import dev.greenshift.world.ModuleWorld;
import dev.greenshift.world.World;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One run of the engine over the paths a user named: discover, read, rewrite (in parallel,
 * reported in path order), then verify every changed file with python3 (a few processes sharing the batch). A file
 * whose output no longer compiles while its input did keeps its original text and an error.
 */
public final class Migration {

    /**
     * @param dependencyNotes notes on no file's rewrite: where a requirements file still names the library because code
     *                        still uses it, a stated world that the project's own monkey patching contradicts
     * @param unverified why changed files were not compiled (no python3, --no-verify, a broken python3), or null
     */
    public record Outcome(List<FileResult> results, List<ReadResult.Unreadable> unreadable, String unverified,
                          List<Finding> dependencyNotes, Map<String, ModuleWorld> worlds) {

        public boolean verified() {
            return unverified == null;
        }

        /** The same run with these results (after writing, a file that could not be written carries an error). */
        public Outcome withResults(List<FileResult> newResults) {
            return new Outcome(List.copyOf(newResults), unreadable, unverified, dependencyNotes, worlds);
        }
    }

    private Migration() {
    }

    public static Outcome run(Engine engine, List<Path> paths, boolean verify) throws IOException {
        return run(engine, paths, Selection.DEFAULT, verify, null);
    }

    /** {@code world}: the world the user states for every module ({@code --world}), or null to analyse each one. */
    public static Outcome run(Engine engine, List<Path> paths, Selection selection, boolean verify, World world) throws IOException {
        return run(engine, paths, selection, verify, world, Progress.NONE);
    }

    /** As above, telling {@code progress} how far the run is. */
    public static Outcome run(Engine engine, List<Path> paths, Selection selection, boolean verify, World world, Progress progress)
            throws IOException {
        if (!verify) {
            return run(engine, paths, selection, null, "--no-verify", world, progress);
        }
        PythonCompiler python = PythonCompiler.find();
        if (python == null) {
            return run(engine, paths, selection, null, "python3 not found", world, progress);
        }
        PythonCompiler.Session session;
        try {
            session = python.open(compilers());
        } catch (PythonCompiler.Unavailable e) {
            return run(engine, paths, selection, null, e.getMessage(), world, progress);
        }
        try (session) {
            return run(engine, paths, selection, session, null, world, progress);
        }
    }

    /**
     * As many python3 processes as the run has threads (--jobs, else the cores), at most a few:
     * the compile check is the run's last long stretch, and one process left every other core idle.
     */
    private static int compilers() {
        int threads = java.util.concurrent.ForkJoinTask.inForkJoinPool()
                ? java.util.concurrent.ForkJoinTask.getPool().getParallelism() : Runtime.getRuntime().availableProcessors();
        return Math.min(threads, 4);
    }

    private static Outcome run(Engine engine, List<Path> paths, Selection selection, PythonCompiler.Session python, String unverified, World world,
                               Progress progress)
            throws IOException {
        // Nothing the run reads changes while it runs: which directories are packages is asked of the disk once each.
        try (dev.greenshift.world.ModuleNames.Remembering packages = dev.greenshift.world.ModuleNames.remembering()) {
            return runOnce(engine, paths, selection, python, unverified, world, progress);
        }
    }

    private static Outcome runOnce(Engine engine, List<Path> paths, Selection selection, PythonCompiler.Session python, String unverified,
                                   World world, Progress progress)
            throws IOException {
        FileDiscovery.Result found = FileDiscovery.discover(paths, selection);
        Timings.mark("discover " + found.files().size() + " files");
        progress.update("reading", 0, found.files().size());
        List<ReadResult.Unreadable> unreadable = new ArrayList<>(found.problems());
        List<SourceFile> files = new ArrayList<>();
        for (ReadResult r : found.files().parallelStream().map(f -> SourceReader.read(f.path(), f.displayPath())).toList()) {
            if (r instanceof ReadResult.Read read) {
                files.add(read.file());
            } else {
                unreadable.add((ReadResult.Unreadable) r);
            }
        }
        Timings.mark("read " + files.size() + " files");
        ProjectIndex index = ProjectIndex.of(files, engine);
        Timings.mark("project index: " + index.parsed().size() + " modules parsed");
        StyleReader styles = new StyleReader();
        engine = engine.withStyles(f -> styles.styleOf(f.path())).withProjectAliases(index);
        WorldRun.Settled settled = WorldRun.run(engine, files, index, world, progress);
        List<FileResult> results = settled.results();
        Engine settledEngine = engine;
        engine = engine.withLostNames(lostNames(index, results));
        // Second pass for cases that follow what the run did in the code a file reaches (test patches follow
        // rewritten code). Redone only where an answer the first pass used has changed: what ran, or a name
        // the run removed (a file that spells one, and whose rewrite looked that name up: the spelling is the
        // cheap test, and most test files spell 'eventlet' without patching a target through a removed name).
        Engine last = engine;
        List<FileResult> settledResults = results;
        Map<Integer, Set<String>> ran = new RanWithinReach(settledResults, settled.reach()).ofEach(settled.dependsOnRun());
        // In parallel: the spelling test reads each test file's text once per lost name.
        List<Integer> again = java.util.stream.IntStream.range(0, results.size()).parallel()
                .filter(i -> settled.dependsOnRun()[i] && (settled.askedOtherwise(i, ran.get(i))
                        || mentionsAny(settledResults.get(i).file(), last.lostNames())
                        && settled.lostOtherwise(i, settledEngine.lostNames(), last.lostNames())))
                .boxed().toList();
        List<FileResult> redone = again.parallelStream()
                .map(i -> last.processCandidate(settledResults.get(i).file(), ran.get(i), index.parsed().get(settledResults.get(i).file()),
                        WorldRun.worldOf(settled.worlds(), settledResults.get(i).file())))
                .toList();
        for (int k = 0; k < again.size(); k++) {
            results.set(again.get(k), redone.get(k));
        }
        Timings.mark("second pass: " + again.size() + " files again");
        if (python != null) {
            progress.update("compiling", 0, results.size());
            try {
                results = verified(python, results);
            } catch (PythonCompiler.Unavailable e) {
                // A missing or broken python3 costs the check, never the run.
                unverified = e.getMessage();
            }
        }
        Timings.mark("compile check");
        List<Finding> notes = new ArrayList<>(settled.notes());
        results.addAll(DependencyCleanup.run(engine, paths, results, notes));
        Timings.mark("dependency cleanup");
        results.sort(Comparator.comparing(r -> r.file().displayPath()));
        unreadable.sort(Comparator.comparing(ReadResult.Unreadable::displayPath));
        return new Outcome(results, unreadable, unverified, notes, Map.copyOf(settled.worlds()));
    }

    /** True when the file writes the last part of one of {@code names} (a patch target spelled through a lost name must). */
    private static boolean mentionsAny(SourceFile file, Set<String> names) {
        return names.stream().anyMatch(n -> file.text().contains(n.substring(n.lastIndexOf('.') + 1)));
    }

    /**
     * The project's re-exported library names ({@code pkg.worker.sleep}) that the first pass left
     * unbound in their module: a test that patches one of them must follow the rewrite.
     */
    private static Set<String> lostNames(ProjectIndex index, List<FileResult> results) {
        // In parallel: each changed module that re-exports is parsed again, and they are the project's large ones.
        return results.parallelStream().flatMap(r -> lostNames(index, r).stream()).collect(java.util.stream.Collectors.toSet());
    }

    private static List<String> lostNames(ProjectIndex index, FileResult r) {
        String module = ProjectIndex.moduleName(r.file().path());
        if (!r.changed() || module == null) {
            return List.of();
        }
        List<String> lost = new ArrayList<>();
        dev.greenshift.names.NameTable after = null;
        for (String alias : index.aliases().keySet()) {
            String name = alias.startsWith(module + ".") ? alias.substring(module.length() + 1) : null;
            if (name == null || name.contains(".")) {
                continue;
            }
            if (after == null) {
                after = dev.greenshift.names.NameTable.of(dev.greenshift.syntax.Module.parse(r.output()));
            }
            if (after.moduleBinding(name) == null) {
                lost.add(alias);
            }
        }
        return lost;
    }

    /**
     * Compiles every changed output but those that only gained comment lines ({@link
     * dev.greenshift.verify.CommentLines}); only the inputs of outputs that fail are compiled too, to
     * tell a broken rewrite (input compiled) from a file that never compiled.
     */
    private static List<FileResult> verified(PythonCompiler.Session python, List<FileResult> results) throws PythonCompiler.Unavailable {
        List<Integer> changed = new ArrayList<>();
        List<byte[]> sources = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            FileResult r = results.get(i);
            // A file that only gained comment lines (the notes above calls left for a person) compiles as its original does.
            if (r.changed() && !dev.greenshift.verify.CommentLines.onlyAdded(r.file().text(), r.output(), r.file().charset())) {
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
