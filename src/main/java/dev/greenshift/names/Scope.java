package dev.greenshift.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A module, class, function, lambda or comprehension: the token range it covers and the names
 * bound in it. Bindings are gathered first and settled once: in Python a name bound anywhere in a
 * function is local to all of it, whatever the order of the statements.
 */
final class Scope {
    enum Kind { MODULE, FUNCTION, CLASS, LAMBDA, COMPREHENSION;

        /** Function-like scopes: their bindings are local, and they see enclosing function scopes. */
        boolean isFunction() {
            return this != MODULE && this != CLASS;
        }
    }

    /** Everything that binds one name in this scope, before it is settled into a {@link Binding}. */
    private static final class Entry {
        final Set<String> imports = new LinkedHashSet<>();
        final List<int[]> values = new ArrayList<>();
        boolean local;
        boolean opaque;
        boolean allNone = true;
        boolean loop;
        int firstToken = Integer.MAX_VALUE;
    }

    final Kind kind;
    final int from;
    final int to;
    final Scope parent;
    final Set<String> globals = new HashSet<>();
    final Set<String> nonlocals = new HashSet<>();
    /** For a class: attribute name to the right-hand sides assigned to {@code self.<attr>} in its methods. */
    final Map<String, List<int[]>> selfAttributes = new HashMap<>();
    private final Map<String, Entry> entries = new HashMap<>();
    private final Map<String, Binding> settled = new HashMap<>();

    Scope(Kind kind, int from, int to, Scope parent) {
        this.kind = kind;
        this.from = from;
        this.to = to;
        this.parent = parent;
    }

    boolean contains(int token) {
        return token >= from && token <= to;
    }

    boolean binds(String name) {
        return entries.containsKey(name);
    }

    /** The first token that binds the name here, or -1. */
    int firstBinding(String name) {
        Entry e = entries.get(name);
        return e == null ? -1 : e.firstToken;
    }

    /** Marks the name as a loop variable here ({@code for name in ...}, also in comprehensions). */
    void markLoop(String name) {
        Entry e = entries.get(name);
        if (e != null) {
            e.loop = true;
        }
    }

    boolean isLoopVariable(String name) {
        Entry e = entries.get(name);
        return e != null && e.loop;
    }

    void bindImport(String name, String qualified, int token) {
        Entry e = entry(name, token);
        e.imports.add(qualified);
    }

    /**
     * A binding by the code: {@code value} the right-hand side of a simple assignment (null for
     * parameters, loop variables, defs, del...), {@code none} when that value is the literal None.
     */
    void bindLocal(String name, int[] value, boolean none, int token) {
        Entry e = entry(name, token);
        e.local = true;
        e.allNone &= none;
        if (value == null) {
            e.opaque = true;
        } else {
            e.values.add(value);
        }
    }

    private Entry entry(String name, int token) {
        Entry e = entries.computeIfAbsent(name, k -> new Entry());
        e.firstToken = Math.min(e.firstToken, token);
        return e;
    }

    /** What the name is bound to in this scope, or null when this scope does not bind it. */
    Binding binding(String name) {
        Binding b = settled.get(name);
        if (b != null || !entries.containsKey(name)) {
            return b;
        }
        b = settle(entries.get(name));
        // Cached, so every lookup of the same binding returns the same object (callers compare them).
        settled.put(name, b);
        return b;
    }

    private static Binding settle(Entry e) {
        if (e.imports.isEmpty()) {
            return new Binding.Local(List.copyOf(e.values), e.opaque);
        }
        if (e.imports.size() == 1 && !e.local) {
            return new Binding.Imported(e.imports.iterator().next());
        }
        if (e.imports.size() == 1 && e.allNone && !e.opaque) {
            return new Binding.Imported(e.imports.iterator().next(), true);
        }
        return new Binding.Ambiguous(Set.copyOf(e.imports));
    }
}
