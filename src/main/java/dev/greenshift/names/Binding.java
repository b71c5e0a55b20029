package dev.greenshift.names;

import java.util.List;
import java.util.Set;

/** What a name is bound to in one scope, as far as the module itself shows. */
public sealed interface Binding {

    /**
     * Bound by an import to {@code qualified} (e.g. {@code ev} to {@code eventlet}). {@code optional}
     * when the only other binding of the name is {@code None}: the optional-import idiom
     * {@code try: import eventlet / except ImportError: eventlet = None}. Where it is not None it is
     * the module, so its uses are the module's.
     */
    record Imported(String qualified, boolean optional) implements Binding {
        public Imported(String qualified) {
            this(qualified, false);
        }
    }

    /**
     * Bound by the code itself. {@code values} are the token ranges [from, to] of the right-hand
     * sides of simple assignments to it; {@code opaque} when some other binding (parameter, loop
     * variable, def, tuple target) also binds it, so its value cannot be known.
     */
    record Local(List<int[]> values, boolean opaque) implements Binding {
    }

    /**
     * Bound both by an import and otherwise, or by two different imports: never resolved to one
     * name. {@code imported} lists what the imports bind it to: on some path it is each of them.
     */
    record Ambiguous(Set<String> imported) implements Binding {
        public Ambiguous() {
            this(Set.of());
        }
    }
}
