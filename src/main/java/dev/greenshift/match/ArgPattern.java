package dev.greenshift.match;

import java.util.List;

/** One argument position of a call pattern. */
public sealed interface ArgPattern {
    /** {@code $x}: one positional argument ({@code $_} matches without binding). */
    record One(String var) implements ArgPattern {
    }

    /** {@code $x*}: all remaining positional arguments, possibly none. */
    record Rest(String var) implements ArgPattern {
    }

    /** {@code $x**}: all keyword arguments not named elsewhere in the pattern, possibly none. */
    record KeywordRest(String var) implements ArgPattern {
    }

    /** {@code name=value}: a keyword argument, in any order; {@code name=$x?} may also be absent ($x binds nothing). */
    record Keyword(String name, ArgPattern value, boolean optional) implements ArgPattern {
    }

    /** A nested call such as {@code eventlet.listen(($host, $port))}: its callee is resolved like any other. */
    record Call(String callee, List<ArgPattern> args) implements ArgPattern {
    }

    /** A parenthesised tuple such as {@code ($host, $port)}. */
    record Tuple(List<ArgPattern> items) implements ArgPattern {
    }

    /** Literal code, compared token by token ignoring layout and comments. */
    record Literal(List<String> tokens) implements ArgPattern {
    }
}
