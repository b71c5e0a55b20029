package dev.greenshift.match;

import dev.greenshift.syntax.Statement;
import java.util.List;
import java.util.Map;

/**
 * One place where a pattern matched: the offsets [start, end) of the matched code, the token that
 * anchors it (the first name of the callee; two matches with one anchor are the same code), the
 * metavariable bindings, and the statement it sits in.
 */
public record Match(int pattern, int start, int end, int anchor, Map<String, List<Span>> bindings,
                    Statement statement, int line, int column) {

    public Match {
        bindings = Map.copyOf(bindings);
    }
}
