package dev.greenshift.report;

import dev.greenshift.engine.FileResult;
import dev.greenshift.engine.Finding;
import dev.greenshift.engine.LibraryUses;
import dev.greenshift.engine.Migration;
import dev.greenshift.rewrite.Conflict;
import dev.greenshift.source.ReadResult;
import dev.greenshift.world.ModuleWorld;
import dev.greenshift.world.World;
import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;

/** The report after diff or apply: problems and findings one per line, then one summary line. */
public final class Summary {
    private Summary() {
    }

    /** With {@code --quiet}: only the errors (files that could not be read or rewritten), nothing else. */
    public static void printErrors(Migration.Outcome outcome, PrintStream err) {
        for (ReadResult.Unreadable u : outcome.unreadable()) {
            err.println(Printable.escape(u.displayPath() + ": error: " + u.reason()));
        }
        for (FileResult r : outcome.results()) {
            if (r.error() != null) {
                err.println(Printable.escape(r.file().displayPath() + ": error: " + r.error()));
            }
        }
    }

    public static void print(Migration.Outcome outcome, String verb, PrintStream err) {
        int changed = 0;
        int flags = 0;
        int gated = 0;
        int conflicts = 0;
        int errors = outcome.unreadable().size();
        Map<String, Integer> edits = new TreeMap<>();
        LibraryUses uses = LibraryUses.NONE;
        for (ReadResult.Unreadable u : outcome.unreadable()) {
            err.println(Printable.escape(u.displayPath() + ": error: " + u.reason()));
        }
        for (Finding f : outcome.dependencyNotes()) {
            err.println(Printable.escape(f.toString()));
        }
        for (FileResult r : outcome.results()) {
            for (Finding f : r.findings()) {
                err.println(Printable.escape(f.toString()));
                flags += f.kind() == Finding.Kind.FLAG ? 1 : 0;
                gated += f.kind() == Finding.Kind.GATED ? 1 : 0;
            }
            for (Conflict c : r.conflicts()) {
                err.println(Printable.escape(c.toString()));
                conflicts++;
            }
            if (r.error() != null) {
                err.println(Printable.escape(r.file().displayPath() + ": error: " + r.error()));
                errors++;
                continue;
            }
            uses = new LibraryUses(uses.rewritten() + r.uses().rewritten(), uses.reported() + r.uses().reported(), uses.kept() + r.uses().kept());
            if (r.uses().total() > 0) {
                err.println(Printable.escape(r.file().displayPath()) + ": " + r.uses().describe());
            }
            if (r.changed()) {
                changed++;
                ModuleWorld world = outcome.worlds().get(r.file().displayPath());
                if (world != null) {
                    err.println(Printable.escape(r.file().displayPath()) + ": world " + Printable.escape(world.toString()));
                }
                r.editsByRecipe().forEach((k, v) -> edits.merge(k, v, Integer::sum));
            }
        }
        int total = edits.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder perRecipe = new StringBuilder();
        edits.forEach((k, v) -> perRecipe.append(perRecipe.length() == 0 ? "" : ", ").append(k).append(": ").append(v));
        err.println("greenshift: " + (outcome.results().size() + outcome.unreadable().size()) + " files scanned, "
                + changed + " " + verb + ", " + total + " edits" + (total == 0 ? "" : " (" + perRecipe + ")") + ", "
                + flags + " flags, " + (gated == 0 ? "" : gated + " recipes held back by world, ") + conflicts + " conflicts, "
                + errors + " errors" + (uses.total() == 0 ? "" : ", " + accounted(uses)) + worlds(outcome.worlds())
                + (outcome.verified() ? "" : " (not verified: " + Printable.escape(outcome.unverified()) + ")"));
    }

    /** "40 Eventlet uses: 30 rewritten, 9 reported, 1 left by a recipe's decision" over all files. */
    private static String accounted(LibraryUses uses) {
        return uses.total() + " Eventlet uses: " + uses.rewritten() + " rewritten, " + uses.reported() + " reported"
                + (uses.kept() == 0 ? "" : ", " + uses.kept() + " left by a recipe's decision");
    }

    /** ", worlds: 3 patched, 1 native, 40 unknown" over the modules scanned, or nothing when none was decided. */
    private static String worlds(Map<String, ModuleWorld> worlds) {
        if (worlds.isEmpty()) {
            return "";
        }
        Map<World, Integer> count = new java.util.EnumMap<>(World.class);
        worlds.values().forEach(w -> count.merge(w.world(), 1, Integer::sum));
        java.util.StringJoiner b = new java.util.StringJoiner(", ", ", worlds: ", "");
        count.forEach((w, n) -> b.add(n + " " + w.word()));
        return b.toString();
    }

    public static boolean hasErrors(Migration.Outcome outcome) {
        return !outcome.unreadable().isEmpty() || outcome.results().stream().anyMatch(r -> r.error() != null);
    }
}
