package dev.greenshift.audit;

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
        Path root = root(paths);
        FileDiscovery.Result found = FileDiscovery.discover(paths, selection);
        List<String> unreadable = new ArrayList<>();
        found.problems().forEach(p -> unreadable.add(p.displayPath() + ": " + p.reason()));
        List<SourceFile> files = new ArrayList<>();
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
        RecipeSet withReexports = recipes.withAliases(dev.greenshift.engine.Engine.projectAliases(recipes, files));
        PythonScan scan = new PythonScan(withReexports, projectRoots);

        Map<String, FileFacts> facts = new TreeMap<>();
        List<SourceFile> pending = files.stream()
                .filter(f -> f.text().contains("eventlet") || f.text().contains("EVENTLET")).toList();
        Set<String> searched = new HashSet<>();
        WrapperIndex index = WrapperIndex.build(List.of());
        while (!pending.isEmpty()) {
            timing("round: " + pending.size() + " files");
            for (FileFacts ff : pending.parallelStream().map(f -> scanOne(scan, f, moduleOf, unreadable)).toList()) {
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

        timing("python done");
        TextScan.Result text = TextScan.scan(root);
        timing("text done");
        Set<String> entryModules = new HashSet<>(text.consoleScripts());
        Set<String> entryPaths = new HashSet<>();
        for (FileFacts ff : facts.values()) {
            if (ff.entryPoint() || entryModules.contains(ff.module())) {
                entryPaths.add(ff.path());
            }
        }
        for (SourceFile f : files) {
            if (entryModules.contains(moduleOf.get(f.displayPath()))) {
                entryPaths.add(f.displayPath());
            }
        }
        return assemble(root, files.size(), facts, index, text, entryPaths, moduleOf, unreadable);
    }

    private static final long START = System.nanoTime();

    private static void timing(String what) {
        if (System.getenv("GREENSHIFT_AUDIT_TIMING") != null) {
            System.err.printf("%6d ms %s%n", (System.nanoTime() - START) / 1_000_000, what);
        }
    }

    private FileFacts scanOne(PythonScan scan, SourceFile f, Map<String, String> moduleOf, List<String> unreadable) {
        try {
            return scan.scan(f.text(), f.displayPath(), moduleOf.get(f.displayPath()), ModulePaths.isPackageInit(f.displayPath()));
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

    private AuditReport assemble(Path root, int pythonFiles, Map<String, FileFacts> facts, WrapperIndex index,
                                 TextScan.Result text, Set<String> entryPaths, Map<String, String> moduleOf,
                                 List<String> unreadable) {
        List<Usage> findings = new ArrayList<>();
        Map<String, Integer> usesOf = new HashMap<>();
        List<Usage> patchRoots = new ArrayList<>();
        List<Usage> patchImports = new ArrayList<>();
        Set<String> patchingFunctions = new HashSet<>();
        for (Export e : index.exports()) {
            if (e.candidate().form() == Form.FUNCTION && ApiCatalogue.isMonkeyPatch(e.kind(), e.symbol())) {
                patchingFunctions.add(e.candidate().qualified());
            }
        }
        for (FileFacts ff : facts.values()) {
            for (Usage u : ff.direct()) {
                findings.add(u);
                if (u.inCode() && ApiCatalogue.isMonkeyPatch(u.kind(), u.symbol())) {
                    patchRoots.add(u);
                }
            }
            for (Ref r : ff.refs()) {
                Usage u = resolve(r, index, usesOf, patchRoots, patchImports);
                if (u != null) {
                    findings.add(u);
                }
            }
        }
        findings.addAll(text.usages());
        findings.sort(Comparator.comparing(Usage::path).thenComparingInt(Usage::line).thenComparingInt(Usage::column)
                .thenComparing(Usage::symbol).thenComparingInt(Usage::depth));
        findings = dedupe(findings);

        List<Usage> followed = new ArrayList<>();
        List<Usage> roots = new ArrayList<>();
        for (Usage u : patchRoots) {
            String scope = u.scope() == null ? null : moduleOf.get(u.path()) + "." + u.scope();
            if (scope != null && patchingFunctions.contains(scope) && usesOf.getOrDefault(scope, 0) > 0) {
                followed.add(u);
            } else {
                roots.add(u);
            }
        }
        Set<String> patchingPaths = new HashSet<>();
        roots.forEach(u -> patchingPaths.add(u.path()));
        patchImports.forEach(u -> patchingPaths.add(u.path()));
        Set<String> services = new HashSet<>(entryPaths);
        patchingPaths.stream().filter(p -> !isTest(p)).forEach(services::add);

        Map<String, String> parts = parts(findings, moduleOf);
        List<Usage> code = findings.stream().filter(Usage::inCode).toList();
        Disablability disablable = code.isEmpty() ? Disablability.notUsed(findings.size())
                : Disablability.of(roots, followed, patchImports, entryPaths::contains, Audit::isTest);
        Recommendation advice = code.isEmpty() ? Recommendation.notUsed() : Recommendation.of(code, Audit::isTest);
        List<Phase> plan = Planner.plan(findings, services::contains, p -> parts.getOrDefault(p, "(project)"));
        List<Wrapper> wrappers = wrappers(index, usesOf);
        List<String> problems = new ArrayList<>(unreadable);
        problems.sort(null);
        String shownRoot = FileDiscovery.display(root, Path.of("").toAbsolutePath());
        return new AuditReport(shownRoot.isEmpty() ? "." : shownRoot, pythonFiles, text.usages().size(), findings, wrappers, disablable, advice,
                plan, parts, problems, recipesNamed(findings));
    }

    private Map<String, dev.greenshift.recipe.Recipe> recipesNamed(List<Usage> findings) {
        Set<String> ids = new HashSet<>();
        findings.forEach(u -> ids.add(u.recipe()));
        Map<String, dev.greenshift.recipe.Recipe> named = new TreeMap<>();
        recipes.recipes().stream().filter(r -> ids.contains(r.id())).forEach(r -> named.putIfAbsent(r.id(), r));
        return named;
    }

    /** A reference becomes a use when the index knows the name it reaches. */
    private static Usage resolve(Ref r, WrapperIndex index, Map<String, Integer> usesOf, List<Usage> patchRoots,
                                 List<Usage> patchImports) {
        Usage at = r.at();
        switch (r.shape()) {
            case IMPORT -> {
                Export e = index.effectOfImport(r.qualified());
                if (e == null) {
                    return null;
                }
                usesOf.merge(e.candidate().qualified(), 1, Integer::sum);
                Usage u = new Usage(at.path(), at.line(), at.column(), e.candidate().qualified(), Category.MONKEY_PATCHING,
                        e.depth() + 1, null, null, at.snippet(), at.guard(), at.scope());
                patchImports.add(u);
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
                if (kind == Category.MONKEY_PATCHING && ApiCatalogue.isMonkeyPatch(kind, res.eventletSymbol())) {
                    patchRoots.add(u);
                }
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

    /** Two scans can see one token (a patch string that is also a config value): keep the first. */
    private static List<Usage> dedupe(List<Usage> sorted) {
        List<Usage> out = new ArrayList<>();
        Usage prev = null;
        for (Usage u : sorted) {
            if (prev != null && prev.path().equals(u.path()) && prev.line() == u.line() && prev.column() == u.column()) {
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
