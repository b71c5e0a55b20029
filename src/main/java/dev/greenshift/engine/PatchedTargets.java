package dev.greenshift.engine;

import dev.greenshift.match.Span;
import dev.greenshift.match.TestDoubles;
import dev.greenshift.syntax.Module;
import dev.greenshift.syntax.Statement;
import java.util.HashMap;
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
 * {@code 'time.sleep'}: the inner one wins, the test's assertions on the other fail).
 */
final class PatchedTargets {
    private final List<TestDoubles.Double> doubles;
    private final Map<TestDoubles.Double, Object> groups = new HashMap<>();
    /** The qualified name each double patches once the run's target rewrites are made. */
    private final Function<TestDoubles.Double, String> after;
    private final Map<TestDoubles.Double, String> afterCache = new HashMap<>();

    private PatchedTargets(List<TestDoubles.Double> doubles, Map<Statement, Statement> decorated, Function<TestDoubles.Double, String> after) {
        this.doubles = doubles;
        this.after = d -> afterCache.computeIfAbsent(d, after);
        for (TestDoubles.Double d : doubles) {
            // The doubles of one test: the decorators of one function, or the items of one with statement.
            Statement s = d.statement();
            groups.put(d, s == null ? d : decorated.getOrDefault(s, s));
        }
    }

    static PatchedTargets of(Module module, List<TestDoubles.Double> doubles, Function<TestDoubles.Double, String> after) {
        Map<Statement, Statement> decorated = new HashMap<>();
        for (Statement s : module.allStatements()) {
            s.decorators().forEach(d -> decorated.put(d, s));
        }
        return new PatchedTargets(doubles, decorated, after);
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

    /** Another double of the same test that, after the run, patches {@code target} as well, or null. */
    TestDoubles.Double twin(TestDoubles.Double rewritten, String target) {
        Object group = groups.get(rewritten);
        for (TestDoubles.Double d : doubles) {
            if (d != rewritten && groups.get(d) == group && target.equals(after.apply(d))) {
                return d;
            }
        }
        return null;
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
