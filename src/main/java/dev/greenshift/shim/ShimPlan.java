package dev.greenshift.shim;

import dev.greenshift.audit.Audit;
import dev.greenshift.audit.AuditReport;
import dev.greenshift.audit.Wrapper;
import dev.greenshift.engine.Engine;
import dev.greenshift.recipe.RecipeException;
import dev.greenshift.recipe.RecipeLoader;
import dev.greenshift.recipe.RulesLocator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code shim plan}: the boundaries of the named shared modules, or, when none is named, of the
 * modules whose functions and classes the audit marks as wrappers of Eventlet.
 */
public final class ShimPlan {
    private ShimPlan() {
    }

    public static List<ApiBoundary> run(Path project, List<String> apiModules) throws ShimException, IOException {
        ProjectLayout layout = checkedLayout(project);
        List<String> modules = apiModules == null || apiModules.isEmpty() ? wrapperModules(layout) : List.copyOf(new LinkedHashSet<>(apiModules));
        List<ApiModule> apis = new ArrayList<>();
        for (String m : modules) {
            apis.add(ApiModule.read(layout, m));
        }
        String concurrency = concurrencyModule(layout);
        CallerIndex callers = CallerIndex.of(layout, Set.copyOf(modules));
        List<ApiBoundary> out = new ArrayList<>();
        for (ApiModule api : apis) {
            out.add(BoundaryPlanner.plan(api, NeutralRewrite.of(api, concurrency), callers));
        }
        return out;
    }

    static ProjectLayout checkedLayout(Path project) throws ShimException {
        if (!Files.isDirectory(project)) {
            throw new ShimException(project + " is not a directory");
        }
        return ProjectLayout.of(project);
    }

    /** The concurrency module the threading side is written onto: the recorded one, else {@code <top package>.concurrency}. */
    static String concurrencyModule(ProjectLayout layout) throws ShimException {
        String recorded = NeutralModule.forPaths(List.of(layout.root()));
        return recorded != null ? recorded : layout.topPackage() + ".concurrency";
    }

    /** Modules holding a function or class the audit marks as a direct wrapper of Eventlet (tests and generated modules aside). */
    private static List<String> wrapperModules(ProjectLayout layout) throws ShimException, IOException {
        AuditReport report;
        try {
            report = new Audit(RecipeLoader.load(List.of(RulesLocator.bundled())).select(List.of())).run(List.of(layout.root()));
        } catch (RecipeException e) {
            throw new ShimException("the bundled recipes do not load: " + e.getMessage());
        }
        Set<String> modules = new LinkedHashSet<>();
        for (Wrapper w : report.wrappers()) {
            // Depth 1: the module's own code calls Eventlet; deeper wrappers are callers of such modules.
            boolean definition = (w.form().equals("function") || w.form().equals("class")) && w.depth() == 1;
            Path file = layout.root().resolve(w.path());
            if (!definition || Audit.isTest(w.path()) || !w.name().contains(".") || isGenerated(file)) {
                continue;
            }
            modules.add(w.name().substring(0, w.name().lastIndexOf('.')));
        }
        if (modules.isEmpty()) {
            throw new ShimException("the audit finds no function or class of " + layout.root()
                    + " that wraps Eventlet: name the shared modules with --api MODULE");
        }
        return List.copyOf(modules);
    }

    private static boolean isGenerated(Path file) {
        try {
            return Files.readString(file).startsWith(Engine.GENERATED);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
