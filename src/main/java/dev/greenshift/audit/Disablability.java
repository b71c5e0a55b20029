package dev.greenshift.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The guide's question "Is Eventlet disablable?": can monkey patching be switched off by an option,
 * an environment variable or a flag, so the code runs blocking while calls are rewritten? Answered
 * from the places where the process gets patched, following patching functions to their callers.
 */
public record Disablability(Verdict verdict, String reason, List<Evidence> evidence) {

    public enum Verdict { YES, NO, MAYBE, NOT_USED }

    /** The answer for a project whose code never uses Eventlet: there is nothing to switch off. */
    static Disablability notUsed(int outsideCode) {
        return new Disablability(Verdict.NOT_USED, "Eventlet is not used in the code" + (outsideCode == 0 ? ""
                : "; " + outsideCode + " finding(s) outside it (configuration, dependency, docs) still name it"), List.of());
    }

    /** A place that monkey patches: {@code where} it is, and the {@code condition} it runs under (null: always). */
    public record Evidence(String path, int line, String where, String condition, String snippet) {
    }

    /**
     * {@code roots}: uses that monkey patch where they stand; {@code followed}: uses inside a patching
     * function whose callers are roots themselves; {@code imports}: imports of a module that patches
     * when imported. Tests are listed but do not decide.
     */
    static Disablability of(List<Usage> roots, List<Usage> followed, List<Usage> imports, Predicate<String> entryPoint,
                            Predicate<String> isTest) {
        List<Evidence> evidence = new ArrayList<>();
        int conditional = 0;
        int unconditional = 0;
        int tried = 0;
        List<Usage> deciding = new ArrayList<>();
        for (Usage u : roots) {
            boolean test = isTest.test(u.path());
            evidence.add(new Evidence(u.path(), u.line(), where(u, entryPoint) + (test ? " (tests)" : ""), u.guard(), u.snippet()));
            if (test) {
                continue;
            }
            deciding.add(u);
            if (u.guard() == null) {
                unconditional++;
            } else if (u.guard().contains(": try") || u.guard().contains(": except")) {
                tried++;
            } else {
                conditional++;
            }
        }
        for (Usage u : followed) {
            evidence.add(new Evidence(u.path(), u.line(), "inside " + u.scope() + "(), which the places above call", u.guard(), u.snippet()));
        }
        for (Usage u : imports) {
            evidence.add(new Evidence(u.path(), u.line(), where(u, entryPoint) + ", imports a module that patches on import"
                    + (isTest.test(u.path()) ? " (tests)" : ""), u.guard(), u.snippet()));
        }
        evidence.sort(java.util.Comparator.comparing(Evidence::path).thenComparingInt(Evidence::line));
        if (deciding.isEmpty()) {
            return new Disablability(Verdict.MAYBE, roots.isEmpty()
                    ? "no monkey patching found: Eventlet is used through explicit calls only, which cannot be switched off"
                    : "monkey patching only in tests", evidence);
        }
        if (unconditional == 0 && tried == 0) {
            return new Disablability(Verdict.YES, "every monkey patch runs under a condition (" + kinds(deciding)
                    + "): switch it off, run blocking, then rewrite the calls", evidence);
        }
        if (conditional == 0) {
            return new Disablability(Verdict.NO, unconditional + " place(s) monkey patch unconditionally"
                    + (tried > 0 ? ", " + tried + " inside try/except" : ""), evidence);
        }
        return new Disablability(Verdict.MAYBE, conditional + " conditional and " + (unconditional + tried)
                + " unconditional or try-guarded monkey patch(es)", evidence);
    }

    private static String where(Usage u, Predicate<String> entryPoint) {
        String place = u.scope() == null ? "module level" : "in " + u.scope() + "()";
        if (entryPoint.test(u.path())) {
            return "entry point, " + place;
        }
        return ModulePaths.isPackageInit(u.path()) ? "__init__.py, " + place : place;
    }

    /** What the conditions test, in words: environment variable, configuration option, command-line flag. */
    private static String kinds(List<Usage> patching) {
        List<String> words = new ArrayList<>();
        for (Usage u : patching) {
            String g = u.guard() == null ? "" : u.guard().toLowerCase(Locale.ROOT);
            String w = g.contains("environ") || g.contains("getenv") ? "environment variable"
                    : g.contains("args") || g.contains("argv") || g.contains("flag") ? "command-line flag"
                    : g.contains("conf") || g.contains("option") || g.contains("setting") ? "configuration option"
                    : g.isEmpty() ? null : "condition";
            if (w != null && !words.contains(w)) {
                words.add(w);
            }
        }
        return String.join(", ", words);
    }
}
