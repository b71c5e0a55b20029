package dev.greenshift.match;

import java.util.List;

/** A compiled recipe pattern. Qualified names are as written; the matcher resolves code to them. */
public sealed interface Pattern {

    Context context();

    /** The qualified name the matcher indexes this pattern by. */
    String key();

    /**
     * A call of {@code callee}. For {@link Context#METHOD}, {@code callee} is the constructor
     * that made the receiver and {@code method} the method name; for {@link Context#ASSIGNMENT},
     * {@code target} is the metavariable bound to the assigned name.
     */
    record Call(Context context, String callee, String method, String target, List<ArgPattern> args) implements Pattern {
        public Call {
            args = List.copyOf(args);
        }

        @Override
        public String key() {
            return callee;
        }
    }

    /** A reference to {@code name} (NAME or DECORATOR context). */
    record Name(Context context, String name) implements Pattern {
        @Override
        public String key() {
            return name;
        }
    }

    /** A string literal whose content is exactly {@code value}. */
    record Text(String value) implements Pattern {
        @Override
        public Context context() {
            return Context.STRING;
        }

        @Override
        public String key() {
            return value;
        }
    }

    /** Metavariables the pattern binds, for template checks. */
    default java.util.Set<String> boundVariables() {
        java.util.Set<String> vars = new java.util.LinkedHashSet<>();
        if (this instanceof Call c) {
            if (c.target() != null) {
                vars.add(c.target());
            }
            if (c.context() == Context.METHOD) {
                vars.add("receiver");
            }
            for (ArgPattern a : c.args()) {
                collect(a, vars);
            }
        }
        vars.remove("_");
        return vars;
    }

    public static void collect(ArgPattern a, java.util.Set<String> vars) {
        if (a instanceof ArgPattern.One o) {
            vars.add(o.var());
        } else if (a instanceof ArgPattern.Rest r) {
            vars.add(r.var());
        } else if (a instanceof ArgPattern.KeywordRest k) {
            vars.add(k.var());
        } else if (a instanceof ArgPattern.Keyword k) {
            collect(k.value(), vars);
        } else if (a instanceof ArgPattern.Call c) {
            c.args().forEach(x -> collect(x, vars));
        } else if (a instanceof ArgPattern.Tuple t) {
            t.items().forEach(x -> collect(x, vars));
        }
    }
}
