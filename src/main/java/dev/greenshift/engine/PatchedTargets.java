package dev.greenshift.engine;

import dev.greenshift.match.Span;
import dev.greenshift.match.TestDoubles;
import dev.greenshift.names.NameTable;
import dev.greenshift.syntax.Module;
import dev.greenshift.syntax.Statement;
import dev.greenshift.syntax.StatementKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What a rewrite must not do to a file's test doubles. A rewrite can turn the code that stands in
 * for a target into a call of that very target ({@code patch.object(time, 'sleep',
 * side_effect=lambda s: eventlet.sleep(0))} with {@code eventlet.sleep} becoming {@code time.sleep}:
 * the double calls itself forever), and can make two doubles of one test patch the same target
 * ({@code 'eventlet.sleep'} and {@code 'time.sleep'} on one test become two patches of
 * {@code 'time.sleep'}: the inner one wins, the test's assertions on the other fail). One test's
 * doubles are not only the decorators of one function: a class decorator and the doubles a
 * {@code setUp} starts are in force in every test of the class, so each double has the scopes it
 * is in force over, and two doubles apply to one test when their scopes overlap.
 */
final class PatchedTargets {
    /**
     * Set-up methods: the doubles they start stay in force for every test of their class, and of
     * the classes that inherit it (which run the same set-up).
     */
    private static final Set<String> SET_UPS = Set.of("setUp", "setUpClass", "asyncSetUp", "setup_method", "setup_class");

    /**
     * Tokens over which a double is in force: a function with its decorators, a with statement, a
     * class, a single statement. Scopes are statements of one tree, so two of them overlap exactly
     * when one holds the other.
     */
    record Scope(int from, int to) {
        static Scope of(Statement s) {
            return new Scope(s.firstWithDecorators(), s.lastDeep());
        }

        boolean overlaps(Scope other) {
            return from <= other.to && other.from <= to;
        }
    }

    private final List<TestDoubles.Double> doubles;
    /** Where each double is in force: two doubles apply to one test when their scopes overlap. */
    private final Map<TestDoubles.Double, List<Scope>> scopes = new HashMap<>();
    /** The qualified name each double patches once the run's target rewrites are made. */
    private final Function<TestDoubles.Double, String> after;
    private final Map<TestDoubles.Double, String> afterCache = new HashMap<>();

    private PatchedTargets(List<TestDoubles.Double> doubles, Function<TestDoubles.Double, List<Scope>> scope,
                           Function<TestDoubles.Double, String> after) {
        this.doubles = doubles;
        this.after = d -> afterCache.computeIfAbsent(d, after);
        doubles.forEach(d -> scopes.put(d, scope.apply(d)));
    }

    static PatchedTargets of(Module module, NameTable names, List<TestDoubles.Double> doubles, Function<TestDoubles.Double, String> after) {
        Scopes scopes = new Scopes(module, names);
        return new PatchedTargets(doubles, d -> scopes.of(d.statement()), after);
    }

    /** Where the doubles of one module are in force, read from its statement tree. */
    private static final class Scopes {
        private final Module module;
        private final NameTable names;
        private final Map<Statement, Statement> decorated = new HashMap<>();
        private final Map<Statement, Statement> parents;
        private List<NameTable.ClassDef> classes;

        Scopes(Module module, NameTable names) {
            this.module = module;
            this.names = names;
            this.parents = module.parents();
            module.walk((s, parent) -> s.decorators().forEach(d -> decorated.put(d, s)));
        }

        /**
         * Where the double in {@code s} is in force: a decorator's function or class (a class
         * decorator patches every test of the class), a with statement's block, a set-up method's
         * class and the classes that inherit it, the whole function for a double started in its
         * body, else the statement alone.
         */
        List<Scope> of(Statement s) {
            if (s == null) {
                return List.of();
            }
            if (s.kind() == StatementKind.DECORATOR) {
                return List.of(Scope.of(decorated.getOrDefault(s, s)));
            }
            if (s.kind() == StatementKind.WITH) {
                return List.of(Scope.of(s));
            }
            Statement def = parents.get(s);
            while (def != null && def.kind() != StatementKind.DEF) {
                def = parents.get(def);
            }
            if (def == null) {
                return List.of(Scope.of(s));
            }
            Statement owner = parents.get(def);
            if (owner != null && owner.kind() == StatementKind.CLASS && SET_UPS.contains(nameOf(def))) {
                return classAndHeirs(owner);
            }
            return List.of(Scope.of(def));
        }

        /** The class and the classes of this module that inherit from it, directly or not. */
        private List<Scope> classAndHeirs(Statement cls) {
            if (classes == null) {
                classes = names.classes();
            }
            int body = module.definitionName(cls) + 1;
            Set<String> family = new HashSet<>();
            classes.stream().filter(c -> c.range()[0] == body).forEach(c -> family.add(c.qualified()));
            boolean grew = !family.isEmpty();
            while (grew) {
                grew = false;
                for (NameTable.ClassDef c : classes) {
                    if (!family.contains(c.qualified()) && c.bases().stream().anyMatch(family::contains)) {
                        family.add(c.qualified());
                        grew = true;
                    }
                }
            }
            List<Scope> out = new ArrayList<>(List.of(Scope.of(cls)));
            for (NameTable.ClassDef c : classes) {
                if (family.contains(c.qualified()) && c.range()[0] != body) {
                    out.add(new Scope(c.range()[0], c.range()[1]));
                }
            }
            return out;
        }

        private String nameOf(Statement def) {
            return module.tokens().text(module.definitionName(def));
        }
    }

    /**
     * The double whose stand-in code holds [start, end) and whose target, after the run, is one of
     * {@code written} (the qualified names a rewrite there writes), or null.
     */
    TestDoubles.Double recursion(int start, int end, Set<String> written) {
        for (TestDoubles.Double d : doubles) {
            for (Span s : d.standIns()) {
                if (s.start() <= start && end <= s.end() && written.contains(after.apply(d))) {
                    return d;
                }
            }
        }
        return null;
    }

    /**
     * Another double in force in the same test that, after the run, patches {@code target} as well,
     * or null. A double that patched the same target before is no twin: the test patched it twice
     * already, and both follow the rewrite together.
     */
    TestDoubles.Double twin(TestDoubles.Double rewritten, String target) {
        for (TestDoubles.Double d : doubles) {
            if (d != rewritten && !java.util.Objects.equals(d.target(), rewritten.target()) && overlap(scopes.get(rewritten), scopes.get(d))
                    && target.equals(after.apply(d))) {
                return d;
            }
        }
        return null;
    }

    private static boolean overlap(List<Scope> one, List<Scope> other) {
        return one.stream().anyMatch(a -> other.stream().anyMatch(a::overlaps));
    }

    /** The double whose target names start at {@code token} (the string, or the module argument). */
    TestDoubles.Double at(int token) {
        for (TestDoubles.Double d : doubles) {
            if (d.targetFirst() == token) {
                return d;
            }
        }
        return null;
    }

    /** The dotted names a template writes ({@code time.sleep} in {@code lambda s=0: time.sleep(s)}). */
    static Set<String> writtenNames(String template) {
        Set<String> out = new java.util.HashSet<>();
        java.util.regex.Matcher m = DOTTED.matcher(template);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static final java.util.regex.Pattern DOTTED = java.util.regex.Pattern.compile("(?<![\\w.$])[A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*)+");

    /** The qualified name the double patches once the run's target rewrites are made. */
    String after(TestDoubles.Double d) {
        return after.apply(d);
    }
}
