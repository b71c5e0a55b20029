package dev.greenshift.names;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** A module, function or class body: the token range it covers and the names bound in it. */
final class Scope {
    enum Kind { MODULE, FUNCTION, CLASS }

    final Kind kind;
    final int from;
    final int to;
    final Scope parent;
    final int depth;
    final Map<String, Binding> bindings = new HashMap<>();
    final Set<String> globals = new HashSet<>();
    /** For a class: attribute name to the right-hand sides assigned to {@code self.<attr>} in its methods. */
    final Map<String, java.util.List<int[]>> selfAttributes = new HashMap<>();

    Scope(Kind kind, int from, int to, Scope parent) {
        this.kind = kind;
        this.from = from;
        this.to = to;
        this.parent = parent;
        this.depth = parent == null ? 0 : parent.depth + 1;
    }

    boolean contains(int token) {
        return token >= from && token <= to;
    }

    void bindImport(String name, String qualified) {
        Binding old = bindings.get(name);
        Binding imported = new Binding.Imported(qualified);
        if (old == null || old.equals(imported)) {
            bindings.put(name, imported);
        } else {
            bindings.put(name, new Binding.Ambiguous());
        }
    }

    void bindLocal(String name, int[] value) {
        Binding old = bindings.get(name);
        if (old instanceof Binding.Imported || old instanceof Binding.Ambiguous) {
            bindings.put(name, new Binding.Ambiguous());
            return;
        }
        java.util.List<int[]> values = new java.util.ArrayList<>();
        boolean opaque = value == null;
        if (old instanceof Binding.Local l) {
            values.addAll(l.values());
            opaque |= l.opaque();
        }
        if (value != null) {
            values.add(value);
        }
        bindings.put(name, new Binding.Local(values, opaque));
    }
}
