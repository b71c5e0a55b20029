package dev.greenshift.match;

import java.util.Locale;

/** Where a pattern may match: the syntactic place around the matched code. */
public enum Context {
    /** A call anywhere in an expression. */
    CALL,
    /** A reference to a qualified name that is not called. */
    NAME,
    /** A call that is a whole expression statement. */
    STATEMENT,
    /** {@code $target = call(...)} as a whole statement. */
    ASSIGNMENT,
    /** A call that is a context manager of a with statement. */
    WITH,
    /** A decorator: {@code @name} or {@code @call(...)}. */
    DECORATOR,
    /** A method call on a name or self-attribute bound to a known constructor. */
    METHOD,
    /** A string literal naming a qualified name ({@code mock.patch('eventlet.sleep')}). */
    STRING,
    /** A module rename: imports of the module, and references through it, move to another module. */
    IMPORT;

    public static Context parse(String word) {
        for (Context c : values()) {
            if (c.name().toLowerCase(Locale.ROOT).equals(word)) {
                return c;
            }
        }
        if (word.equals("expression")) {
            return CALL;
        }
        return null;
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
