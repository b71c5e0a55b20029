package dev.greenshift.engine;

import dev.greenshift.source.SourceFile;
import dev.greenshift.world.GreenLeftovers;
import dev.greenshift.world.ModuleWorld;
import dev.greenshift.world.ProjectScan;
import dev.greenshift.world.World;
import dev.greenshift.world.WorldAnalysis;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites a project's files each in its world. A module is native only if the run leaves nothing
 * green for the entry points that reach it, which depends on the rewrite itself: so every module an
 * entry point reaches starts native, and the modules whose entry points still reach something green
 * afterwards are rewritten again in the world the analysis then gives them. A world only ever moves
 * away from native (fewer rewrites leave more Eventlet), so this settles in a few rounds.
 */
final class WorldRun {
    /** How many times a run's answers (worlds, what ran) may move before it settles for what it has. */
    static final int MAX_ROUNDS = 8;
    private static final ModuleWorld UNREAD = new ModuleWorld(World.UNKNOWN, "the world analysis could not read it");

    /**
     * {@code candidates}: per file, whether it mentions anything the recipes look for (the others
     * come out unchanged); {@code dependsOnRun}: per candidate, whether its rewrite follows what the
     * whole run did ({@link Engine#dependsOnRun}). Both are worked out once per run.
     */
    record Settled(List<FileResult> results, Map<String, ModuleWorld> worlds, boolean[] candidates, boolean[] dependsOnRun,
                   RanAnswers[] answers, WorldRewrite[] rewrites, java.util.function.Function<String, Set<String>> reach,
                   List<Finding> notes) {
        /** True when file {@code i} depends on the run and its rewrite would answer differently under {@code ran}. */
        boolean askedOtherwise(int i, Set<String> ran) {
            return dependsOnRun[i] && RanAnswers.answeredOtherwise(answers[i], ran);
        }

        /** True when file {@code i}'s rewrite looked up a removed name that {@code after} answers otherwise than {@code before}. */
        boolean lostOtherwise(int i, Set<String> before, Set<String> after) {
            return rewrites[i] == null || rewrites[i].asksOtherwise(before, after);
        }
    }

    /** Without the world analysis every file can reach the whole run. */
    private static final java.util.function.Function<String, Set<String>> WHOLE_RUN = path -> null;

    private WorldRun() {
    }

    /** {@code stated}: the world the user gave for every module (--world), or null to analyse. */
    static Settled run(Engine engine, List<SourceFile> files, ProjectIndex index, World stated, Progress progress) {
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        // A file that mentions nothing the recipes look for comes out unchanged in any world: read once, never redone.
        boolean[] candidate = candidates(engine, files);
        boolean[] depends = dependsOnRun(engine, files, candidate);
        WorldAnalysis analysis;
        Map<String, ModuleWorld> worlds = new HashMap<>();
        java.util.function.Function<String, Set<String>> reach;
        List<Finding> notes = List.of();
        if (stated != null) {
            ModuleWorld world = ModuleWorld.stated(stated, "--world " + stated.word());
            // The worlds are stated, but what a test double reaches is still the import graph's to say, and
            // so is when a patched module's import-time code runs (before a patch in main(), say).
            boolean doubles = java.util.stream.IntStream.range(0, files.size()).anyMatch(i -> depends[i]);
            analysis = doubles || stated == World.PATCHED ? ProjectScan.analyse(files, index.parsed()::get) : null;
            for (SourceFile f : files) {
                String early = stated == World.PATCHED ? analysis.importedUnpatched(f.displayPath()) : null;
                worlds.put(f.displayPath(), early == null ? world : new ModuleWorld(world.world(), world.reason(), early));
            }
            reach = doubles ? reachOf(analysis, files, index) : WHOLE_RUN;
            if (stated == World.PATCHED) {
                notes = partialPatches(analysis);
            }
        } else {
            progress.update("world analysis", 0, files.size());
            analysis = ProjectScan.analyse(files, index.parsed()::get);
            Timings.mark("world analysis");
            worlds.putAll(analysis.decide(path -> false));
            reach = reachOf(analysis, files, index);
        }
        // Optimistic, like the worlds: a test whose doubles follow the code (where ran ...) first assumes every
        // recipe ran, so its Eventlet import for a patch target does not by itself keep the code it tests green.
        Set<String> assumed = RanWithinReach.assumingAll(engine.recipes().recipes().stream().map(r -> r.id()).toList());
        RanAnswers[] answers = new RanAnswers[files.size()];
        for (int i = 0; i < files.size(); i++) {
            answers[i] = depends[i] ? new RanAnswers(assumed) : null;
        }
        WorldRewrite[] rewrites = new WorldRewrite[files.size()];
        List<FileResult> results = new ArrayList<>(java.util.stream.IntStream.range(0, files.size()).parallel()
                .mapToObj(i -> counted(progress, done, files.size(), candidate[i]
                        ? (rewrites[i] = engine.rewrite(files.get(i), depends[i] ? answers[i] : Set.of(), index.parsed().get(files.get(i)),
                                worldOf(worlds, files.get(i)))).result()
                        : FileResult.unchanged(files.get(i))))
                .toList());
        // Whether each result stays green, worked out again only for the files a round redoes.
        boolean[] greenAfter = new boolean[files.size()];
        if (stated == null) {
            java.util.stream.IntStream.range(0, files.size()).parallel().forEach(i -> greenAfter[i] = staysGreen(results.get(i)));
        }
        // Rounds: a world moves away from native when what the run leaves green reaches it, and an answer
        // to "where ran" changes when a file it asks about holds a recipe back; both only ever grow.
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Map<Integer, Set<String>> mine = new RanWithinReach(results, reach).ofEach(depends);
            List<Integer> again = new ArrayList<>();
            if (stated == null) {
                Set<String> green = new java.util.HashSet<>();
                for (int i = 0; i < files.size(); i++) {
                    if (greenAfter[i]) {
                        green.add(results.get(i).file().displayPath());
                    }
                }
                Map<String, ModuleWorld> next = analysis.decide(green::contains);
                for (int i = 0; i < files.size(); i++) {
                    String path = files.get(i).displayPath();
                    ModuleWorld before = worlds.get(path);
                    ModuleWorld after = next.get(path);
                    if (after == null || after.equals(before)) {
                        continue;
                    }
                    worlds.put(path, after);
                    boolean reported = results.get(i).findings().stream().anyMatch(f -> f.kind() == Finding.Kind.GATED);
                    if (candidate[i] && (before == null || before.world() != after.world() || reported)) {
                        again.add(i);
                    }
                }
            }
            java.util.BitSet queued = new java.util.BitSet();
            again.forEach(queued::set);
            for (int i = 0; i < files.size(); i++) {
                if (candidate[i] && !queued.get(i) && depends[i] && RanAnswers.answeredOtherwise(answers[i], mine.get(i))) {
                    again.add(i);
                }
            }
            if (again.isEmpty()) {
                Timings.mark("world round " + round + ": 0 files again");
                break;
            }
            java.util.concurrent.atomic.AtomicInteger reworded = new java.util.concurrent.atomic.AtomicInteger();
            List<WorldRewrite> redone = again.parallelStream()
                    .map(i -> {
                        ModuleWorld world = worldOf(worlds, files.get(i));
                        // The same answers to "where ran" and to the world's questions: the same rewrite, in the new world's words.
                        WorldRewrite same = depends[i] && !answers[i].sameAnswers(mine.get(i)) ? null : rewrites[i].in(world);
                        if (same != null) {
                            reworded.incrementAndGet();
                            return same;
                        }
                        answers[i] = depends[i] ? new RanAnswers(mine.get(i)) : null;
                        return engine.rewrite(files.get(i), depends[i] ? answers[i] : Set.of(), index.parsed().get(files.get(i)), world);
                    })
                    .toList();
            Timings.mark("world round " + round + ": " + again.size() + " files again (" + reworded + " only reworded)");
            for (int k = 0; k < again.size(); k++) {
                rewrites[again.get(k)] = redone.get(k);
                results.set(again.get(k), redone.get(k).result());
                if (stated == null) {
                    greenAfter[again.get(k)] = staysGreen(redone.get(k).result());
                }
            }
        }
        return new Settled(results, worlds, candidate, depends, answers, rewrites, reach, notes);
    }

    /**
     * A stated patched world is the user's word for how the processes patch; where the project's own
     * monkey_patch() leaves time or threading native (swift patches sockets, select and threads), the
     * rewrites onto time.sleep or threading are wrong in the processes it patches: say so at each call.
     */
    private static List<Finding> partialPatches(WorldAnalysis analysis) {
        List<Finding> out = new ArrayList<>();
        for (dev.greenshift.world.PatchSite s : analysis.sites().all()) {
            if (!s.direct() || s.patchesThreads()) {
                continue;
            }
            out.add(new Finding(s.path(), s.line(), s.column(), "world", dev.greenshift.recipe.Safety.MANUAL, Finding.Kind.FLAG,
                    "--world patched was stated, but here " + s.unpatched() + ": in the processes this call patches, what"
                            + " stays native (time.sleep, threading) blocks every green thread, so the rewrites onto it are"
                            + " wrong there; state --world patched only for code whose processes patch threading and time,"
                            + " or let the analysis decide (--world auto)"));
        }
        return out;
    }

    /** What a file's test doubles reach, by the analysis's import graph and the files' class bases. */
    private static java.util.function.Function<String, Set<String>> reachOf(WorldAnalysis analysis, List<SourceFile> files, ProjectIndex index) {
        Map<String, SourceFile> byPath = new HashMap<>();
        files.forEach(f -> byPath.put(f.displayPath(), f));
        return new DoubleReach(analysis, path -> {
            SourceFile f = byPath.get(path);
            // Only the module's class bases are asked: a module that never writes 'class' has none, and is not parsed for them.
            if (f == null || !f.text().contains("class")) {
                return null;
            }
            dev.greenshift.syntax.Module parsed = index.parsed().get(f);
            return parsed != null ? parsed : dev.greenshift.syntax.Module.parse(f.text());
        })::of;
    }

    /** Per file, whether it mentions anything the recipes look for: each file read once for the whole run. */
    private static boolean[] candidates(Engine engine, List<SourceFile> files) {
        boolean[] candidate = new boolean[files.size()];
        java.util.stream.IntStream.range(0, files.size()).parallel().forEach(i -> candidate[i] = engine.couldMatch(files.get(i).text()));
        return candidate;
    }

    private static boolean[] dependsOnRun(Engine engine, List<SourceFile> files, boolean[] candidate) {
        boolean[] depends = new boolean[files.size()];
        java.util.stream.IntStream.range(0, files.size()).parallel().forEach(i -> depends[i] = candidate[i] && engine.dependsOnRun(files.get(i)));
        return depends;
    }

    private static FileResult counted(Progress progress, java.util.concurrent.atomic.AtomicInteger done, int total, FileResult r) {
        progress.update("rewriting", done.incrementAndGet(), total);
        return r;
    }

    static ModuleWorld worldOf(Map<String, ModuleWorld> worlds, SourceFile f) {
        return worlds.getOrDefault(f.displayPath(), UNREAD);
    }

    /** Green after the run: still imports Eventlet, runs green code without importing it, or could not be rewritten. */
    private static boolean staysGreen(FileResult r) {
        return r != null && (r.importsLibrary() || r.error() != null || GreenLeftovers.find(r.output()) != null);
    }
}
