package dev.greenshift.audit;

import dev.greenshift.world.EntryPoint;
import dev.greenshift.world.Guard;
import dev.greenshift.world.PatchSite;
import dev.greenshift.world.WorldAnalysis;
import dev.greenshift.world.WorldAnalysis.Patching;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The guide's question "Is Eventlet disablable?": can monkey patching be switched off by something a
 * user controls (an environment variable, a configuration option, a command-line flag, a parameter
 * callers set), so the code runs blocking while calls are rewritten? Answered per entry point from
 * the world analysis: one entry point that patches unconditionally, or under a condition no user
 * sets (a fork child, a version check), makes it "No"; "Yes" names the switches.
 */
public record Disablability(Verdict verdict, String reason, List<Evidence> evidence) {

    public enum Verdict { YES, NO, MAYBE, NOT_USED }

    /** The entry points named in a reason; the rest are counted. */
    private static final int SHOWN = 3;

    /** A place that monkey patches: {@code where} it is, and the {@code condition} it runs under (null: always). */
    public record Evidence(String path, int line, String where, String condition, String snippet) {
    }

    /** The answer for a project whose code never uses Eventlet: there is nothing to switch off. */
    static Disablability notUsed(int outsideCode) {
        return new Disablability(Verdict.NOT_USED, "Eventlet is not used in the code" + (outsideCode == 0 ? ""
                : "; " + outsideCode + " finding(s) outside it (configuration, dependency, docs) still name it"), List.of());
    }

    static Disablability of(WorldAnalysis world) {
        List<Evidence> evidence = new ArrayList<>();
        for (PatchSite s : world.sites().all()) {
            evidence.add(new Evidence(s.path(), s.line(), where(s, world), s.guard().conditional() || s.guard().kind() == Guard.Kind.MAIN_ONLY
                    ? s.guard().describe() : null, s.snippet()));
        }
        List<EntryPoint> always = new ArrayList<>();
        List<EntryPoint> fixedCondition = new ArrayList<>();
        List<EntryPoint> unclear = new ArrayList<>();
        Set<String> switches = new LinkedHashSet<>();
        Set<String> notSwitches = new LinkedHashSet<>();
        int patchingEntries = 0;
        boolean testsPatch = false;
        for (EntryPoint e : world.entryPoints()) {
            Patching p = world.patchingOf(e);
            if (p.kind() == Patching.Kind.NEVER) {
                continue;
            }
            if (e.test()) {
                testsPatch = true;
                continue;
            }
            patchingEntries++;
            // A partial patch still runs the process on the hub: for switching Eventlet off it patches.
            if (p.kind() == Patching.Kind.ALWAYS || p.kind() == Patching.Kind.PARTIAL) {
                always.add(e);
                continue;
            }
            List<PatchSite> deciding = p.sites().stream().filter(s -> decides(s, e)).toList();
            if (deciding.isEmpty()) {
                patchingEntries--;
                continue;
            }
            boolean fixed = false;
            boolean unknown = false;
            for (PatchSite s : deciding) {
                Guard g = s.guard();
                if (g.userSwitch()) {
                    switches.add(g.describe());
                } else if (!g.conditional() || g.name() != null) {
                    fixed = true;
                    notSwitches.add(g.describe() + " at " + s.path() + ":" + s.line());
                } else {
                    unknown = true;
                    notSwitches.add(g.describe() + " at " + s.path() + ":" + s.line());
                }
            }
            if (fixed) {
                fixedCondition.add(e);
            } else if (unknown) {
                unclear.add(e);
            }
        }
        if (patchingEntries == 0) {
            String reason = testsPatch ? "monkey patching only in tests"
                    : world.sites().all().isEmpty()
                    ? "no monkey patching found: Eventlet is used through explicit calls only, which cannot be switched off"
                    : "no entry point of the project reaches its monkey patching (a library: its users' programs decide)";
            return new Disablability(Verdict.MAYBE, reason, evidence);
        }
        if (!always.isEmpty()) {
            return new Disablability(Verdict.NO, always.size() + " of " + patchingEntries + " entry point(s) that patch do so "
                    + "unconditionally (" + names(always) + ")" + (switches.isEmpty() ? "" : "; others patch under " + String.join(", ", switches)),
                    evidence);
        }
        if (!fixedCondition.isEmpty()) {
            return new Disablability(Verdict.NO, fixedCondition.size() + " entry point(s) patch under conditions no user controls ("
                    + first(notSwitches) + "): " + names(fixedCondition), evidence);
        }
        if (!unclear.isEmpty()) {
            return new Disablability(Verdict.MAYBE, unclear.size() + " entry point(s) patch under conditions greenshift cannot classify ("
                    + first(notSwitches) + "): " + names(unclear), evidence);
        }
        return new Disablability(Verdict.YES, "every entry point that patches does so under a switch: " + String.join(", ", switches)
                + "; switch it off, run blocking, then rewrite the calls", evidence);
    }

    /**
     * Whether a site the entry point reaches can patch its process: not another module's code that runs
     * only as a program ({@code main()} under {@code if __name__ == '__main__'}), not a function nothing calls.
     */
    private static boolean decides(PatchSite s, EntryPoint e) {
        if (s.guard().kind() == Guard.Kind.MAIN_ONLY) {
            return s.module().equals(e.module());
        }
        return !(s.guard().kind() == Guard.Kind.OTHER && s.guard().name() != null
                && s.guard().name().startsWith("function nobody"));
    }

    private static String names(List<EntryPoint> entries) {
        List<String> shown = entries.stream().limit(SHOWN).map(EntryPoint::module).toList();
        return String.join(", ", shown) + (entries.size() > SHOWN ? " and " + (entries.size() - SHOWN) + " more" : "");
    }

    private static String first(Set<String> words) {
        List<String> list = new ArrayList<>(words);
        return String.join(", ", list.subList(0, Math.min(2, list.size()))) + (list.size() > 2 ? ", ..." : "");
    }

    private static String where(PatchSite s, WorldAnalysis world) {
        String place = s.scope() == null ? "module level" : "in " + s.scope().substring(s.scope().lastIndexOf('.') + 1) + "()";
        String through = s.direct() ? "" : ", calls " + s.via();
        if (s.scope() != null && !world.sites().roots().contains(s)) {
            through += ", run by the callers listed";
        }
        boolean entry = world.entryPoints().stream().anyMatch(e -> e.path().equals(s.path()));
        boolean test = Audit.isTest(s.path());
        return (entry ? "entry point, " : "") + place + through + (test ? " (tests)" : "");
    }
}
