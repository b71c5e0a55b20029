package dev.greenshift.engine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import dev.greenshift.recipe.Condition;

/**
 * What {@code where ran RECIPE} answers for one file: the recipes that rewrote something in the
 * code the file can reach, less those that left a use there as it was (a flag, or a world that
 * holds the recipe back). A test double follows the code it patches, so
 * {@code mock.patch('eventlet.sleep')} may become {@code 'time.sleep'} only when no
 * {@code eventlet.sleep} the test can reach stays: otherwise the stub stops reaching the calls left
 * green and the test sleeps for real (cinder's san.py kept {@code greenthread.sleep} in a module of
 * unknown world while the flashsystem tests' stub had moved to {@code time.sleep}).
 *
 * <p>The reach of a file is what {@link DoubleReach} gives (what it imports, and the modules their
 * classes inherit from), else the whole run. The answers also name the recipes that left a use as
 * it was anywhere in the run ({@code where ran RECIPE everywhere}), for code such as a type check
 * whose objects can come from anywhere.
 */
final class RanWithinReach {
    private final List<FileResult> results;
    private final Function<String, Set<String>> reach;
    private final Map<String, Integer> indexOf = new HashMap<>();
    private Set<String> wholeRun;
    private Set<String> heldInRun;

    /** {@code reach}: the paths a file at a path can reach (itself included), or null for the whole run. */
    RanWithinReach(List<FileResult> results, Function<String, Set<String>> reach) {
        this.results = results;
        this.reach = reach;
        for (int i = 0; i < results.size(); i++) {
            indexOf.put(results.get(i).file().displayPath(), i);
        }
    }

    /** The answers for file {@code i} of the results. */
    Set<String> of(int i) {
        String own = results.get(i).file().displayPath();
        Set<String> paths = reach.apply(own);
        if (paths == null) {
            return withEverywhere(wholeRun());
        }
        List<FileResult> reached = paths.stream().map(indexOf::get).filter(java.util.Objects::nonNull).map(results::get).toList();
        // The file's own green uses are no code its doubles stand in for (a stand-in that calls
        // eventlet.sleep is kept so it cannot call its own double).
        return withEverywhere(ranAndNotHeld(reached, own));
    }

    /**
     * The answers of every file {@code asks} marks, by index, worked out in parallel: each file's answers
     * read the reach of its imports, and a run asks them of every test file once per round.
     */
    Map<Integer, Set<String>> ofEach(boolean[] asks) {
        Map<Integer, Set<String>> answers = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.stream.IntStream.range(0, results.size()).parallel().filter(i -> asks[i]).forEach(i -> answers.put(i, of(i)));
        return answers;
    }

    /** The answers of a file rewritten as a project of its own, from its first rewrite. */
    static Set<String> alone(FileResult first) {
        Set<String> answers = ranAndNotHeld(List.of(first), first.file().displayPath());
        held(List.of(first)).forEach(r -> answers.add(Condition.Ran.heldSomewhere(r)));
        return answers;
    }

    /** Before anything is known, every recipe is taken to have run and held nothing (the rounds correct it). */
    static Set<String> assumingAll(java.util.Collection<String> recipes) {
        return Set.copyOf(recipes);
    }

    private Set<String> withEverywhere(Set<String> withinReach) {
        Set<String> answers = new HashSet<>(withinReach);
        heldInRun().forEach(r -> answers.add(Condition.Ran.heldSomewhere(r)));
        return answers;
    }

    private synchronized Set<String> heldInRun() {
        if (heldInRun == null) {
            heldInRun = Set.copyOf(held(results));
        }
        return heldInRun;
    }

    private synchronized Set<String> wholeRun() {
        if (wholeRun == null) {
            wholeRun = Set.copyOf(ranAndNotHeld(results, null));
        }
        return wholeRun;
    }

    /** The recipes that left a use as it was (a flag, a world that holds them back) somewhere in {@code results}. */
    private static Set<String> held(List<FileResult> results) {
        Set<String> held = new HashSet<>();
        for (FileResult r : results) {
            for (Finding f : r.findings()) {
                if (f.kind() != Finding.Kind.REVIEW) {
                    held.add(f.recipe());
                }
            }
        }
        return held;
    }

    private static Set<String> ranAndNotHeld(List<FileResult> reached, String own) {
        Set<String> ran = new HashSet<>();
        reached.forEach(r -> ran.addAll(r.editsByRecipe().keySet()));
        ran.removeAll(held(reached.stream().filter(r -> !r.file().displayPath().equals(own)).toList()));
        return ran;
    }
}
