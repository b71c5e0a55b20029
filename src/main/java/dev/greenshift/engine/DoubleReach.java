package dev.greenshift.engine;

import dev.greenshift.names.ModuleLocation;
import dev.greenshift.names.NameTable;
import dev.greenshift.syntax.Module;
import dev.greenshift.world.EntryPoints;
import dev.greenshift.world.ModuleNames;
import dev.greenshift.world.WorldAnalysis;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The code a test double in a module may stand in for: the module itself, what it imports (the
 * module under test, its fixtures), and the modules those build their classes on (a driver class
 * inherits its base class's retry loop: cinder's flashsystem driver runs san.py's sleeps). Not
 * everything they import in turn: a base test case imports half the project, and a whole import
 * closure would tie every test's doubles to every module of the project.
 */
final class DoubleReach {
    private final WorldAnalysis analysis;
    private final Function<String, Module> moduleAt;
    private final Map<String, java.util.Optional<Set<String>>> reached = new ConcurrentHashMap<>();
    private final Map<String, List<String>> bases = new ConcurrentHashMap<>();

    /** {@code moduleAt}: the parsed module at a path of the run, or null (a module that cannot hold a class: none of its bases are asked). */
    DoubleReach(WorldAnalysis analysis, Function<String, Module> moduleAt) {
        this.analysis = analysis;
        this.moduleAt = moduleAt;
    }

    /** The paths a double written in the module at {@code path} may reach, itself included, or null when unknown. */
    Set<String> of(String path) {
        return reached.computeIfAbsent(path, p -> java.util.Optional.ofNullable(compute(p))).orElse(null);
    }

    private Set<String> compute(String path) {
        Set<String> direct = analysis.importsOf(path);
        if (direct == null) {
            return null;
        }
        Set<String> out = new HashSet<>(direct);
        out.add(path);
        for (String imported : direct) {
            Set<String> further = analysis.importsOf(imported);
            if (further == null || EntryPoints.isTestPath(imported)) {
                continue;
            }
            List<String> classBases = bases.computeIfAbsent(imported, this::basesAt);
            for (String base : further) {
                String module = analysis.moduleAt(base);
                if (module != null && classBases.stream().anyMatch(b -> b.startsWith(module + "."))) {
                    out.add(base);
                }
            }
        }
        return out;
    }

    /** The qualified base classes of the module at {@code path}, resolved by its name table like any name. */
    private List<String> basesAt(String path) {
        Module module = moduleAt.apply(path);
        if (module == null) {
            return List.of();
        }
        NameTable names = NameTable.of(module, new ModuleLocation(analysis.moduleAt(path), ModuleNames.isPackageInit(Path.of(path))));
        return bases(names);
    }

    private static List<String> bases(NameTable names) {
        return names.classes().stream().flatMap(c -> c.bases().stream()).toList();
    }

    /**
     * True when a class of {@code text} names a base from {@code module}: {@code class D(san.SanDriver)}
     * after importing {@code ...san}, or {@code class D(SanDriver)} after {@code from ...san import SanDriver}.
     */
    static boolean subclassesFrom(String text, String module) {
        return bases(NameTable.of(Module.parse(text))).stream().anyMatch(b -> b.startsWith(module + "."));
    }
}
