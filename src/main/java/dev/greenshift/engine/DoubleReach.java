package dev.greenshift.engine;

import dev.greenshift.world.EntryPoints;
import dev.greenshift.world.WorldAnalysis;
import java.util.HashSet;
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

    private final WorldAnalysis analysis;
    private final Map<String, String> textByPath;
    private final Map<String, java.util.Optional<Set<String>>> reached = new ConcurrentHashMap<>();

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
            for (String base : further) {
                String module = analysis.moduleAt(base);
                if (module != null && subclassesFrom(text, module)) {
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
        String last = module.substring(module.lastIndexOf('.') + 1);
        Matcher classes = CLASS_BASES.matcher(text);
        while (classes.find()) {
            for (String base : classes.group(1).split(",")) {
                String b = base.strip();
                if (b.startsWith(last + ".") || b.startsWith(module + ".")) {
                    return true;
                }
                if (b.matches("\\w+") && Pattern.compile("(?m)^[ \\t]*from\\s+" + Pattern.quote(module) + "\\s+import\\s[^\\n]*\\b"
                        + Pattern.quote(b) + "\\b").matcher(text).find()) {
                    return true;
                }
            }
        }
        return false;
    }
}
