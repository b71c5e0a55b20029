package dev.greenshift.recipe;

import dev.greenshift.match.UsePattern;
import java.util.List;

/** A condition a case needs besides its pattern. */
public sealed interface Condition {

    /** {@code where $t unused}: the handle bound by the case is used nowhere else. */
    record Unused(String var) implements Condition {
    }

    /** {@code where $t only ...}: every other use of the handle is one of these. */
    record Only(String var, List<UsePattern> uses) implements Condition {
        public Only {
            uses = List.copyOf(uses);
        }
    }

    /**
     * {@code where $fn library} / {@code where $fn not library}: the code bound to $fn is (not) a
     * name of the migrated library (a green thread running {@code wsgi.server} needs Eventlet's hub;
     * a native thread must not run it).
     */
    record Library(String var, boolean negated) implements Condition {
    }

    /**
     * {@code where alone}: only when no other use of the library stays in the file. Blocking
     * stdlib I/O in place of green I/O is right once nothing green is left; in a file that still
     * runs green threads (without monkey patching) it would stall them all.
     */
    record Alone() implements Condition {
    }

    /**
     * {@code where ran recipe-id}: that recipe rewrote something in the code this file reaches (a
     * test's doubles stand in for what it imports) and left no use there as it was.
     * {@code where ran recipe-id everywhere}: that recipe left no use as it was anywhere in the
     * project (a flag, a world that holds it back). A type check ({@code isinstance(x, Semaphore)})
     * tests objects that callers hand in from anywhere, so it and the constructors migrate
     * together or not at all.
     */
    record Ran(String recipe, boolean everywhere) implements Condition {
        /** Whether the condition holds, given what the run did as {@link #heldSomewhere} and recipe ids say. */
        public boolean holds(java.util.Set<String> ran) {
            return everywhere ? !ran.contains(heldSomewhere(recipe)) : ran.contains(recipe);
        }

        /** The name under which the answers say that {@code recipe} left a use as it was somewhere in the project. */
        public static String heldSomewhere(String recipe) {
            return recipe + " held somewhere";
        }
    }

    /**
     * {@code where $fn exits} / {@code where $fn not exits}: the function bound to $fn, defined in
     * this module, raises SystemExit or calls sys.exit(). In a green thread that ends the program
     * (the hub re-raises it in the main greenlet); in a native thread it is swallowed.
     */
    record Exits(String var, boolean negated) implements Condition {
    }

    /**
     * {@code where timed} / {@code where not timed}: the match runs in the body of
     * {@code with eventlet.Timeout(...)} or of a project subclass of it, where the Timeout fires at
     * the next green blocking call. A native blocking call there cannot be interrupted.
     */
    record Timed(boolean negated) implements Condition {
    }

    /**
     * {@code where in except} / {@code where not in except}: the match is (not) part of a statement
     * of that kind. An {@code except Timeout:} clause needs no decision of its own: the code that
     * raises the Timeout does.
     */
    record Within(dev.greenshift.syntax.StatementKind kind, boolean negated) implements Condition {
    }

    /**
     * {@code where shares} / {@code where not shares}: the code the case binds (a spawned function
     * and its arguments) names an Eventlet primitive made in this module (an Event, a Queue...) that
     * this run leaves green. A native thread blocked on a green primitive, or a green thread on a
     * native one, hangs: the two are migrated together or not at all.
     */
    record Shares(boolean negated) implements Condition {
    }

    /**
     * {@code where checked} / {@code where not checked}: the match is the class a type check tests
     * against, alone or in a tuple: {@code isinstance(e, Timeout)}, {@code issubclass},
     * {@code assertRaises(Timeout, ...)}, {@code assertIsInstance}, {@code pytest.raises}. Like an
     * except clause, it needs no decision of its own while the code that raises stays.
     */
    record Checked(boolean negated) implements Condition {
    }

    /**
     * {@code where annotated} / {@code where not annotated}: the match stands in an annotation (a
     * parameter's, a return's, an annotated assignment's). It names the class of objects made
     * anywhere, so it is right only while it agrees with every constructor.
     */
    record Annotated(boolean negated) implements Condition {
    }
}
