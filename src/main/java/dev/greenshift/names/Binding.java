package dev.greenshift.names;

import java.util.List;

/** What a name is bound to in one scope, as far as the module itself shows. */
public sealed interface Binding {

    /** Bound by an import to {@code qualified} (e.g. {@code ev} to {@code eventlet}). */
    record Imported(String qualified) implements Binding {
    }

    /**
     * Bound by the code itself. {@code values} are the token ranges [from, to] of the right-hand
     * sides of simple assignments to it; {@code opaque} when some other binding (parameter, loop
     * variable, def, tuple target) also binds it, so its value cannot be known.
     */
    record Local(List<int[]> values, boolean opaque) implements Binding {
    }

    /** Bound both by an import and otherwise, or by two different imports: never resolved. */
    record Ambiguous() implements Binding {
    }
}
