package dev.greenshift.match;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A project's re-exports of library names, as a cheap filter: {@code swift/common/concurrency.py}
 * doing {@code from eventlet import sleep} can only matter to a file that reaches the name through
 * the module: {@code concurrency.sleep}, {@code from swift.common.concurrency import sleep} (or
 * {@code *}, or a parenthesised list), or an alias of the module ({@code import ... concurrency as
 * c}), where any mention of the name counts, or a relative import of the name ({@code from . import
 * sleep} inside a package whose {@code __init__} re-exports it). Asking for the name alone made nearly every file of a
 * large project a candidate: re-exported names are words like {@code socket}, {@code threading}
 * and {@code Event}, and modules are called {@code utils}.
 */
public final class ReExports {
    public static final ReExports NONE = new ReExports(Map.of());

    /** Last segment of a re-exporting module's name, to the names it re-exports. */
    private final Map<String, Set<String>> namesByModule;
    private final Needles words;
    private final Set<String> allNames;

    public ReExports(Map<String, Set<String>> namesByModule) {
        Map<String, Set<String>> copy = new HashMap<>();
        Set<String> all = new HashSet<>();
        namesByModule.forEach((module, names) -> {
            copy.put(module, Set.copyOf(names));
            all.add(module);
            all.addAll(names);
        });
        this.namesByModule = Map.copyOf(copy);
        Set<String> names = new HashSet<>();
        copy.values().forEach(names::addAll);
        this.allNames = Set.copyOf(names);
        this.words = Needles.of(all);
    }

    /** From qualified re-exports, {@code pkg.module.name}. */
    public static ReExports of(Set<String> qualifiedNames) {
        Map<String, Set<String>> byModule = new HashMap<>();
        for (String q : qualifiedNames) {
            int dot = q.lastIndexOf('.');
            if (dot <= 0) {
                continue;
            }
            String module = q.substring(0, dot);
            byModule.computeIfAbsent(module.substring(module.lastIndexOf('.') + 1), k -> new HashSet<>()).add(q.substring(dot + 1));
        }
        return new ReExports(byModule);
    }

    public boolean isEmpty() {
        return namesByModule.isEmpty();
    }

    /** True when the text may reach a re-exported name through its module (see the class comment). */
    public boolean foundIn(String text) {
        if (namesByModule.isEmpty()) {
            return false;
        }
        // One pass for every word; the patterns run only for a module and a name both present.
        Set<String> found = words.wordsIn(text);
        for (String module : found) {
            Set<String> names = namesByModule.get(module);
            if (names == null) {
                continue;
            }
            List<String> present = names.stream().filter(found::contains).toList();
            if (!present.isEmpty() && reaches(text, module, present)) {
                return true;
            }
        }
        // 'from . import sleep' in a package whose __init__ re-exports it names no module.
        if (text.contains("from .")) {
            List<String> present = allNames.stream().filter(found::contains).toList();
            return !present.isEmpty() && java.util.regex.Pattern.compile("from\\s+\\.+\\s*import\\s+(?:\\([^)]*?|[^\\n]*?)(?<!\\w)(?:"
                    + present.stream().map(java.util.regex.Pattern::quote).collect(java.util.stream.Collectors.joining("|"))
                    + ")(?!\\w)").matcher(text).find();
        }
        return false;
    }

    private static boolean reaches(String text, String module, List<String> names) {
        String m = java.util.regex.Pattern.quote(module);
        String n = names.stream().map(java.util.regex.Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
        java.util.regex.Pattern through = java.util.regex.Pattern.compile(
                "(?<![\\w])" + m + "(?:\\s*\\.\\s*(?:" + n + ")(?!\\w)"
                        + "|\\s+import\\s+(?:\\([^)]*?|[^\\n]*?)(?:(?<!\\w)(?:" + n + ")(?!\\w)|\\*)"
                        + "|\\s+as\\s+\\w)");
        // Every match starts where the module's name does: the pattern is tried there only, not at each
        // character of the file (its leading look-behind kept the regex engine from skipping ahead).
        java.util.regex.Matcher matcher = through.matcher(text).useTransparentBounds(true);
        if (module.isEmpty()) {
            return matcher.find();
        }
        for (int at = text.indexOf(module); at >= 0; at = text.indexOf(module, at + 1)) {
            if (matcher.region(at, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** The re-exporting modules and names, for a diagnostic line. */
    public Map<String, Set<String>> namesByModule() {
        return namesByModule;
    }

    /** This and {@code other} together. */
    public ReExports with(ReExports other) {
        Map<String, Set<String>> merged = new HashMap<>();
        namesByModule.forEach((m, n) -> merged.computeIfAbsent(m, k -> new HashSet<>()).addAll(n));
        other.namesByModule.forEach((m, n) -> merged.computeIfAbsent(m, k -> new HashSet<>()).addAll(n));
        return new ReExports(merged);
    }
}
