package dev.greenshift.engine;

import dev.greenshift.world.EntryPoints;
import dev.greenshift.world.WorldAnalysis;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code a test double in a module may stand in for: the module itself, what it imports (the
 * module under test, its fixtures), and the modules those build their classes on (a driver class
 * inherits its base class's retry loop: cinder's flashsystem driver runs san.py's sleeps). Not
 * everything they import in turn: a base test case imports half the project, and a whole import
 * closure would tie every test's doubles to every module of the project.
 */
final class DoubleReach {
    private static final Pattern CLASS_BASES = Pattern.compile("(?m)^[ \\t]*class\\s+\\w+\\s*\\(([^)]*)\\)\\s*:");
    private static final Pattern FROM_IMPORT = Pattern.compile("(?m)^[ \\t]*from\\s+([\\w.]+)\\s+import\\s+([^\\n#]*)");

    private final WorldAnalysis analysis;
    private final Map<String, String> textByPath;
    private final Map<String, java.util.Optional<Set<String>>> reached = new ConcurrentHashMap<>();
    private final Map<String, Bases> bases = new ConcurrentHashMap<>();

    DoubleReach(WorldAnalysis analysis, Map<String, String> textByPath) {
        this.analysis = analysis;
        this.textByPath = textByPath;
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
            String text = textByPath.get(imported);
            Set<String> further = analysis.importsOf(imported);
            if (text == null || further == null || EntryPoints.isTestPath(imported)) {
                continue;
            }
            Bases classes = bases.computeIfAbsent(imported, p -> Bases.of(text));
            for (String base : further) {
                String module = analysis.moduleAt(base);
                if (module != null && classes.from(module)) {
                    out.add(base);
                }
            }
        }
        return out;
    }

    /**
     * True when a class of {@code text} names a base from {@code module}: {@code class D(san.SanDriver)}
     * after importing {@code ...san}, or {@code class D(SanDriver)} after {@code from ...san import SanDriver}.
     */
    static boolean subclassesFrom(String text, String module) {
        return Bases.of(text).from(module);
    }

    /** The base classes a module's text names, and where its {@code from} imports take simple names from: read once per module. */
    private record Bases(List<String> written, Map<String, String> importedFrom) {
        static Bases of(String text) {
            List<String> written = new java.util.ArrayList<>();
            Matcher classes = CLASS_BASES.matcher(text);
            while (classes.find()) {
                for (String base : classes.group(1).split(",")) {
                    written.add(base.strip());
                }
            }
            Map<String, String> importedFrom = new java.util.HashMap<>();
            if (!written.isEmpty()) {
                Matcher from = FROM_IMPORT.matcher(text);
                while (from.find()) {
                    for (String name : from.group(2).replaceAll("[()\\\\]", " ").split(",")) {
                        String[] words = name.strip().split("\\s+");
                        if (!words[0].isEmpty()) {
                            importedFrom.put(words.length == 3 && words[1].equals("as") ? words[2] : words[0], from.group(1));
                        }
                    }
                }
            }
            return new Bases(written, importedFrom);
        }

        boolean from(String module) {
            String last = module.substring(module.lastIndexOf('.') + 1);
            for (String b : written) {
                if (b.startsWith(last + ".") || b.startsWith(module + ".") || module.equals(importedFrom.get(b))) {
                    return true;
                }
            }
            return false;
        }
    }
}
