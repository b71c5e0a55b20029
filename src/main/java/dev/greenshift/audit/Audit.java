package dev.greenshift.audit;

import dev.greenshift.engine.Engine;
import dev.greenshift.syntax.Module;
import dev.greenshift.world.Guard;
import dev.greenshift.world.PatchSite;
import dev.greenshift.world.ProjectScan;
import dev.greenshift.world.WorldAnalysis;
import java.util.function.Predicate;

import dev.greenshift.audit.FileFacts.Candidate;
import dev.greenshift.audit.FileFacts.Form;
import dev.greenshift.audit.FileFacts.Ref;
import dev.greenshift.audit.WrapperIndex.Export;
import dev.greenshift.audit.WrapperIndex.Resolved;
import dev.greenshift.recipe.Category;
import dev.greenshift.recipe.RecipeSet;
import dev.greenshift.source.FileDiscovery;
import dev.greenshift.source.Selection;
import dev.greenshift.source.ReadResult;
import dev.greenshift.source.SourceFile;
import dev.greenshift.source.SourceReader;
import dev.greenshift.syntax.SyntaxLimitException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The audit's entry: discover and read the files under the paths, scan the Python files that can
 * matter (those naming Eventlet, then, round by round, those naming a wrapper found so far), build
 * the wrapper index, resolve every reference against it, scan the other files, and derive the
 * verdict, the advice and the plan. Reads files; writes nothing.
 */
public final class Audit {
    private final RecipeSet recipes;

    public Audit(RecipeSet recipes) {
        this.recipes = recipes;
    }

    public AuditReport run(List<Path> paths) throws IOException {
        return run(paths, Selection.DEFAULT);
    }

    public AuditReport run(List<Path> paths, Selection selection) throws IOException {
        return run(paths, selection, dev.greenshift.engine.Progress.NONE);
    }

    /** As {@link #run(List, Selection)}, saying how far it is on {@code progress}. */
    public AuditReport run(List<Path> paths, Selection selection, dev.greenshift.engine.Progress progress) throws IOException {
        Path root = root(paths);
        FileDiscovery.Result found = FileDiscovery.discover(paths, selection);
        List<String> unreadable = new ArrayList<>();
        found.problems().forEach(p -> unreadable.add(p.displayPath() + ": " + p.reason()));
        List<SourceFile> files = new ArrayList<>();
        progress.update("reading", 0, found.files().size());
        for (ReadResult r : found.files().parallelStream()
                .map(f -> SourceReader.read(f.path(), relative(root, f.path()))).toList()) {
            if (r instanceof ReadResult.Read read) {
                files.add(read.file());
            } else {
                ReadResult.Unreadable u = (ReadResult.Unreadable) r;
                unreadable.add(u.displayPath() + ": " + u.reason());
            }
        }
        timing("read " + files.size());
        ModulePaths modulePaths = new ModulePaths(files.stream().map(SourceFile::displayPath).toList());
        Map<String, String> moduleOf = new HashMap<>();
        Set<String> projectRoots = new HashSet<>();
        for (SourceFile f : files) {
            String m = modulePaths.moduleOf(f.displayPath());
            moduleOf.put(f.displayPath(), m);
            projectRoots.add(m.contains(".") ? m.substring(0, m.indexOf('.')) : m);
        }
        projectRoots.remove("eventlet");
        // Recipes see through the project's re-exports as the rewrite does, so attribution matches what diff would do.
        // The engine as diff runs it over this project: its rewrite of each file names the recipe of each use.
        Engine project = new Engine(recipes).forProject(files);
        PythonScan scan = new PythonScan(project.recipeSet(), projectRoots);

        Map<String, FileFacts> facts = new TreeMap<>();
        List<SourceFile> pending = files.stream()
                .filter(f -> f.text().contains("eventlet") || f.text().contains("EVENTLET")).toList();
        Set<String> searched = new HashSet<>();
        // What each file's rewrite asked about the recipes that ran elsewhere (nothing ran yet in the first pass).
        Map<String, dev.greenshift.engine.RanAnswers> answers = new java.util.concurrent.ConcurrentHashMap<>();
        WrapperIndex index = WrapperIndex.build(List.of());
        while (!pending.isEmpty()) {
            timing("round: " + pending.size() + " files");
            java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
            int total = pending.size();
            for (FileFacts ff : pending.parallelStream().map(f -> {
                FileFacts one = scanOne(scan, project, f, answersFor(answers, f), moduleOf, unreadable);
                progress.update("scanning", done.incrementAndGet(), total);
                return one;
            }).toList()) {
                if (ff != null) {
                    facts.put(ff.path(), ff);
                }
            }
            List<Candidate> candidates = new ArrayList<>();
            facts.values().forEach(ff -> candidates.addAll(ff.candidates()));
            index = WrapperIndex.build(candidates);
            Set<String> fresh = new HashSet<>(index.simpleNames());
            fresh.removeAll(searched);
            searched.addAll(fresh);
            pending = fresh.isEmpty() ? List.of() : files.stream()
                    .filter(f -> !facts.containsKey(f.displayPath()) && mentionsAny(f.text(), fresh)).toList();
        }

        // Second pass, as diff does, for cases that follow what the whole run rewrote (test patches follow the code).
        Set<String> ran = new HashSet<>();
        facts.values().forEach(ff -> ff.direct().forEach(u -> {
            if (u.recipe() != null && u.safety() != dev.greenshift.recipe.Safety.MANUAL) {
                ran.add(u.recipe());
            }
        }));
        progress.update("second pass", 0, facts.size());
        // Redone only where an answer the first pass used has changed.
        List<FileFacts> redone = files.parallelStream()
                .filter(f -> facts.containsKey(f.displayPath()) && project.dependsOnRun(f)
                        && dev.greenshift.engine.RanAnswers.answeredOtherwise(answers.get(f.displayPath()), ran))
                .map(f -> scanOne(scan, project, f, ran, moduleOf, unreadable))
                .toList();
        for (FileFacts again : redone) {
            if (again != null) {
                facts.put(again.path(), again);
            }
        }
        timing("python done");
        TextScan.Result text = TextScan.scan(root);
        timing("text done");
        // Entry points, patch sites and their guards: the world analysis the engine gates recipes with.
        progress.update("world analysis", 0, files.size());
        WorldAnalysis world = ProjectScan.analyse(files, null);
        timing("world done");
        return assemble(root, files, facts, index, text, world, moduleOf, unreadable);
    }

    private static void timing(String what) {
        dev.greenshift.engine.Timings.mark("audit: " + what);
    }

    private static Set<String> answersFor(Map<String, dev.greenshift.engine.RanAnswers> answers, SourceFile f) {
        return answers.computeIfAbsent(f.displayPath(), k -> new dev.greenshift.engine.RanAnswers(Set.of()));
    }

    private FileFacts scanOne(PythonScan scan, Engine project, SourceFile f, Set<String> ran, Map<String, String> moduleOf,
                              List<String> unreadable) {
        try {
            Module module = Module.parse(f.text());
            return scan.scan(module, project.attribute(f, module, ran), f.displayPath(), moduleOf.get(f.displayPath()),
                    ModulePaths.isPackageInit(f.displayPath()));
        } catch (SyntaxLimitException e) {
            synchronized (unreadable) {
                unreadable.add(f.displayPath() + ": " + e.line() + ":" + e.column() + ": " + e.getMessage());
            }
        } catch (RuntimeException | StackOverflowError e) {
            synchronized (unreadable) {
                unreadable.add(f.displayPath() + ": internal error: " + e);
            }
        }
        return null;
    }

    private AuditReport assemble(Path root, List<SourceFile> files, Map<String, FileFacts> facts, WrapperIndex index,
                                 TextScan.Result text, WorldAnalysis world, Map<String, String> moduleOf,
                                 List<String> unreadable) {
        List<Usage> findings = new ArrayList<>();
        Map<String, Integer> usesOf = new HashMap<>();
        // Modules whose import runs monkey patching (perhaps under a switch), not those whose main() patches under __main__.
        Set<String> patchingModules = new HashSet<>();
        Set<String> patchingPaths = new HashSet<>();
        for (PatchSite s : world.sites().roots()) {
            if (s.scope() == null && s.guard().kind() != Guard.Kind.MAIN_ONLY) {
                patchingModules.add(s.module());
                patchingPaths.add(s.path());
            }
        }
        Predicate<String> patchesWhenImported = m -> patchingModules.contains(m) || world.sites().patchesOnImport(m);
        for (FileFacts ff : facts.values()) {
            findings.addAll(ff.direct());
            for (Ref r : ff.refs()) {
                Usage u = resolve(r, index, usesOf, patchesWhenImported);
                if (u != null) {
                    findings.add(u);
                    if (r.shape() == FileFacts.Shape.IMPORT) {
                        patchingPaths.add(u.path()); // it imports a module that patches: importing it patches too
                    }
                }
            }
        }
        findings.addAll(text.usages());
        findings.sort(Comparator.comparing(Usage::path).thenComparingInt(Usage::line).thenComparingInt(Usage::column)
                .thenComparing(Usage::symbol).thenComparingInt(Usage::depth));
        findings = dedupe(findings);

        // Services: the programs (entry points other than tests) and the modules that patch when imported.
        Set<String> services = new HashSet<>();
        world.entryPoints().stream().filter(e -> !e.test()).forEach(e -> services.add(e.path()));
        patchingPaths.stream().filter(p -> !isTest(p)).forEach(services::add);

        Map<String, String> parts = parts(findings, moduleOf);
        List<Usage> code = findings.stream().filter(Usage::inCode).toList();
        Disablability disablable = code.isEmpty() ? Disablability.notUsed(findings.size())
                : Disablability.of(world);
        Recommendation advice = code.isEmpty() ? Recommendation.notUsed() : Recommendation.of(code, Audit::isTest);
        List<Phase> plan = Planner.plan(findings, services::contains, p -> parts.getOrDefault(p, "(project)"));
        List<Wrapper> wrappers = wrappers(index, usesOf);
        List<String> problems = new ArrayList<>(unreadable);
        problems.sort(null);
        String shownRoot = FileDiscovery.display(root, Path.of("").toAbsolutePath());
        return new AuditReport(shownRoot.isEmpty() ? "." : shownRoot, files.size(), text.usages().size(), findings, wrappers, disablable, advice,
                plan, parts, problems, recipesNamed(findings), worlds(code, world));
    }

    /** The world each file with a use in code runs in before any rewrite (green: every file that uses Eventlet). */
    private static Map<String, dev.greenshift.world.ModuleWorld> worlds(List<Usage> code, WorldAnalysis analysis) {
        Set<String> green = new HashSet<>();
        code.forEach(u -> green.add(u.path()));
        Map<String, dev.greenshift.world.ModuleWorld> out = new TreeMap<>();
        analysis.decide(green::contains).forEach((path, world) -> {
            if (green.contains(path)) {
                out.put(path, world);
            }
        });
        return out;
    }

    private Map<String, dev.greenshift.recipe.Recipe> recipesNamed(List<Usage> findings) {
        Set<String> ids = new HashSet<>();
        findings.forEach(u -> ids.add(u.recipe()));
        Map<String, dev.greenshift.recipe.Recipe> named = new TreeMap<>();
        recipes.recipes().stream().filter(r -> ids.contains(r.id())).forEach(r -> named.putIfAbsent(r.id(), r));
        return named;
    }

    /** A reference becomes a use when the index knows the name it reaches. */
    private static Usage resolve(Ref r, WrapperIndex index, Map<String, Integer> usesOf, Predicate<String> patchesOnImport) {
        Usage at = r.at();
        switch (r.shape()) {
            case IMPORT -> {
                // Only a module whose import really patches (not one whose main() patches under __main__) makes an import a use.
                Export e = index.effectOfImport(r.qualified());
                if (e == null || !patchesOnImport.test(e.candidate().qualified())) {
                    return null;
                }
                usesOf.merge(e.candidate().qualified(), 1, Integer::sum);
                Usage u = new Usage(at.path(), at.line(), at.column(), e.candidate().qualified(), Category.MONKEY_PATCHING,
                        e.depth() + 1, null, null, at.snippet(), at.guard(), at.scope());
                return u;
            }
            case METHOD -> {
                Resolved c = index.resolve(r.qualified());
                String type = c == null ? null : ApiCatalogue.returnType(c.eventletSymbol());
                if (type == null) {
                    return null;
                }
                String symbol = type + "." + r.member();
                return new Usage(at.path(), at.line(), at.column(), symbol, ApiCatalogue.kindOf(symbol), c.depth(),
                        at.recipe(), at.safety(), at.snippet(), at.guard(), at.scope());
            }
            default -> {
                Resolved res = index.resolve(r.qualified());
                if (res == null) {
                    return null;
                }
                countUse(index, r.qualified(), usesOf);
                Category kind = r.shape() == FileFacts.Shape.PATCH ? Category.TESTS : res.kind();
                Usage u = new Usage(at.path(), at.line(), at.column(), res.symbol(), kind, res.depth(), at.recipe(), at.safety(),
                        at.snippet(), at.guard(), at.scope());
                return u;
            }
        }
    }

    /** Counts a use for the longest known prefix of {@code qualified}: the wrapper it goes through. */
    private static void countUse(WrapperIndex index, String qualified, Map<String, Integer> usesOf) {
        for (String p = qualified; ; ) {
            if (index.isKnown(p)) {
                usesOf.merge(p, 1, Integer::sum);
                return;
            }
            int dot = p.lastIndexOf('.');
            if (dot < 0) {
                return;
            }
            p = p.substring(0, dot);
        }
    }

    /**
     * Two scans can see one token (a patch string that is also a config value): keep the first. One
     * line names one thing once: {@code from m import a, b} imports the patching module m once.
     */
    private static List<Usage> dedupe(List<Usage> sorted) {
        List<Usage> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Usage prev = null;
        for (Usage u : sorted) {
            if (prev != null && prev.path().equals(u.path()) && prev.line() == u.line() && prev.column() == u.column()) {
                continue;
            }
            if (!seen.add(u.path() + ":" + u.line() + ":" + u.symbol() + ":" + u.kind())) {
                continue;
            }
            out.add(u);
            prev = u;
        }
        return out;
    }

    private static List<Wrapper> wrappers(WrapperIndex index, Map<String, Integer> usesOf) {
        List<Wrapper> out = new ArrayList<>();
        for (Export e : index.exports()) {
            Candidate c = e.candidate();
            int uses = usesOf.getOrDefault(c.qualified(), 0);
            boolean definition = c.form() == Form.FUNCTION || c.form() == Form.CLASS;
            if (uses == 0 && !definition) {
                continue;
            }
            out.add(new Wrapper(c.qualified(), c.form().name().toLowerCase(java.util.Locale.ROOT), c.path(), c.line(),
                    e.symbol(), e.via(), e.kind(), e.depth(), uses));
        }
        out.sort(Comparator.comparing(Wrapper::name).thenComparing(Wrapper::form));
        return out;
    }

    /**
     * Functional parts: the top-level package of each file; when the findings sit in one or two
     * top-level packages (nova/, or swift/ and test/), which says nothing, their sub-packages
     * instead. Other files: their top directory.
     */
    private static Map<String, String> parts(List<Usage> findings, Map<String, String> moduleOf) {
        Set<String> tops = new HashSet<>();
        for (Usage u : findings) {
            String m = moduleOf.get(u.path());
            if (m != null && m.contains(".")) {
                tops.add(m.substring(0, m.indexOf('.')));
            }
        }
        boolean few = tops.size() <= 2;
        Map<String, String> parts = new TreeMap<>();
        for (Usage u : findings) {
            String m = moduleOf.get(u.path());
            String part;
            if (m == null) {
                int slash = u.path().indexOf('/');
                part = slash < 0 ? "(project)" : u.path().substring(0, slash);
            } else {
                String[] seg = m.split("\\.");
                part = few && seg.length > 2 ? seg[0] + "." + seg[1] : seg.length > 1 ? seg[0] : "(project)";
            }
            parts.put(u.path(), part);
        }
        return parts;
    }

    private static boolean mentionsAny(String text, Set<String> names) {
        for (String n : names) {
            if (text.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /** Test code: under a tests/ or test/ directory, or a test_*.py / *_test.py / conftest.py file. */
    public static boolean isTest(String path) {
        return dev.greenshift.world.EntryPoints.isTestPath(path);
    }

    /** The directory paths are shown relative to: the one path named, or the deepest directory holding all of them. */
    static Path root(List<Path> paths) {
        Path common = null;
        for (Path p : paths) {
            Path abs = p.toAbsolutePath().normalize();
            Path dir = Files.isDirectory(abs) ? abs : abs.getParent();
            if (common == null) {
                common = dir;
            } else {
                while (!dir.startsWith(common)) {
                    common = common.getParent();
                }
            }
        }
        return common == null ? Path.of("").toAbsolutePath() : common;
    }

    static String relative(Path root, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return (abs.startsWith(root) ? root.relativize(abs) : abs).toString().replace('\\', '/');
    }
}
