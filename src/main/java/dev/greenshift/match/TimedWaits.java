package dev.greenshift.match;

import dev.greenshift.lex.TokenKind;
import dev.greenshift.lex.TokenStream;
import dev.greenshift.names.Binding;
import dev.greenshift.names.NameTable;
import dev.greenshift.syntax.Module;
import dev.greenshift.syntax.Statement;
import dev.greenshift.syntax.StatementKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A green thread's {@code wait()} that a Timeout bounds, once the thread becomes a Future:
 * <pre>
 * with Timeout(t):                 x = gt.result(timeout=t)
 *     x = gt.wait()
 *
 * with Timeout(t, False):          if concurrent.futures.wait([gt], timeout=t).done:
 *     x = gt.wait()                    x = gt.result()
 *
 * with Timeout(t, SomeError()):    if not concurrent.futures.wait([gt], timeout=t).done:
 *     x = gt.wait()                    raise SomeError()
 *                                  x = gt.result()
 * </pre>
 * The silent and error-raising forms keep exactly what escapes (the task's own exception through
 * {@code result()}, the Timeout's error on expiry, nothing for a silent one; a task that itself
 * raises TimeoutError is not mistaken for the expiry). The first form changes it: on expiry
 * {@code result(timeout=)} raises {@code concurrent.futures.TimeoutError}, an Exception, where
 * Eventlet raised the Timeout, a BaseException. It is written only when no {@code except} around it
 * in the function tells the two apart; otherwise the wait has no rewrite, and says why.
 */
public final class TimedWaits {

    /** The block's replacements and the note for the reviewer, or the refusal. */
    public record TimedWait(Statement block, List<TimeoutShapes.Replacement> replacements, String note, String refusal) {
        static TimedWait refused(Statement block, String why) {
            return new TimedWait(block, List.of(), null, why);
        }
    }

    /** What an except clause catches of the two exceptions: the Timeout before, TimeoutError after. */
    private enum Catches { NEITHER, OLD, NEW, BOTH, UNKNOWN }

    private static final Set<String> BUILTIN_CATCHING_TIMEOUT_ERROR = Set.of("Exception", "OSError", "IOError", "EnvironmentError",
            "TimeoutError");
    private static final Set<String> QUALIFIED_TIMEOUT_ERROR = Set.of("concurrent.futures.TimeoutError", "socket.timeout",
            "asyncio.TimeoutError", "builtins.TimeoutError", "builtins.OSError", "builtins.Exception");

    private final Module module;
    private final TokenStream tokens;
    private final NameTable names;
    private final String lineEnding;
    private final Function<Statement, Statement> parentOf;
    private final Predicate<String> isTimeout;

    private TimedWaits(Module module, NameTable names, String lineEnding, Function<Statement, Statement> parentOf,
                       Predicate<String> isTimeout) {
        this.module = module;
        this.tokens = module.tokens();
        this.names = names;
        this.lineEnding = lineEnding;
        this.parentOf = parentOf;
        this.isTimeout = isTimeout;
    }

    /**
     * The rewrite of the Timeout block around {@code wait}, a call {@code recv.wait()} that becomes a
     * Future's result.
     *
     * @param block     the innermost Timeout {@code with} holding the call ({@link TimeoutBlocks#enclosing})
     * @param isTimeout true for eventlet.Timeout and the project's classes derived from it (qualified names)
     * @param isPlain   true for eventlet.Timeout itself, whose arguments are (seconds, exception)
     */
    public static TimedWait of(Module module, NameTable names, String lineEnding, Function<Statement, Statement> parentOf,
                               Statement block, HandleUses.Use wait, Predicate<String> isTimeout, Predicate<String> isPlain) {
        return new TimedWaits(module, names, lineEnding, parentOf, isTimeout).shape(block, wait, isPlain);
    }

    private TimedWait shape(Statement with, HandleUses.Use wait, Predicate<String> isPlain) {
        String where = "the Timeout at line " + with.line();
        int head = tokens.nextCode(with.first() + 1);
        List<Integer> chain = module.dottedChain(head);
        int open = tokens.nextCode(chain.get(chain.size() - 1) + 1);
        if (with.async() || tokens.kind(head) != TokenKind.NAME || !tokens.isOp(open, "(")
                || tokens.nextCode(tokens.partner(open) + 1) != with.last()) {
            return TimedWait.refused(with, where + " is not a plain 'with Timeout(...):' (an 'as' name, several managers)");
        }
        if (!plainTimeout(chain, isPlain)) {
            return TimedWait.refused(with, where + " is a class whose constructor greenshift cannot read (its own __init__, or defined elsewhere)");
        }
        List<int[]> args = Arguments.positional(tokens, open);
        if (args.isEmpty() || args.size() > 2 || hasKeyword(open)) {
            return TimedWait.refused(with, where + " takes arguments other than (seconds, exception)");
        }
        List<Statement> body = with.children();
        Statement only = body.size() == 1 ? body.get(0) : null;
        String prefix = only == null ? null : waitStatementPrefix(only, wait);
        if (prefix == null) {
            return TimedWait.refused(with, where + " bounds more than this wait(): its other calls would no longer be interrupted");
        }
        for (int i = with.first(); i <= only.last(); i++) {
            if (tokens.kind(i) == TokenKind.COMMENT) {
                return TimedWait.refused(with, where + " holds comments that the rewrite would drop");
            }
        }
        String seconds = tokens.textOf(args.get(0)[0], args.get(0)[1]).strip();
        String error = args.size() == 2 ? tokens.textOf(args.get(1)[0], args.get(1)[1]).strip() : "None";
        if (seconds.equals("None")) {
            return TimedWait.refused(with, where + " never expires (seconds=None)");
        }
        String receiver = tokens.textOf(wait.first(), wait.receiverLast()).strip();
        String indentation = with.indentation();
        String unit = only.indentation().length() > indentation.length() && only.indentation().startsWith(indentation)
                ? only.indentation().substring(indentation.length()) : "    ";
        String done = "concurrent.futures.wait([" + receiver + "], timeout=" + seconds + ").done";
        String text;
        String note;
        if (error.equals("False")) {
            text = "if " + done + ":" + lineEnding + indentation + unit + prefix + receiver + ".result()";
            note = "the silent Timeout became a bounded wait for the Future: on expiry nothing is raised, as before; the task's own exception still comes through result()";
        } else if (error.equals("None") || error.equals("True")) {
            String handler = handlerTellingApart(with);
            if (handler != null) {
                return TimedWait.refused(with, where + " raises itself, and " + handler);
            }
            text = prefix + receiver + ".result(timeout=" + seconds + ")";
            note = "wait() under the Timeout became result(timeout=" + seconds + "): on expiry it raises concurrent.futures.TimeoutError"
                    + " (an Exception) where Eventlet raised the Timeout (a BaseException); no except here tells them apart,"
                    + " but callers that catch the Timeout must now catch TimeoutError";
        } else {
            if (namesTimeout(args.get(1))) {
                return TimedWait.refused(with, where + " raises another Timeout, which only Eventlet's hub can raise");
            }
            text = "if not " + done + ":" + lineEnding + indentation + unit + "raise " + error + lineEnding + indentation + prefix + receiver
                    + ".result()";
            note = "the Timeout became a bounded wait for the Future that raises the same error on expiry; the error is now made only then";
        }
        int start = tokens.offset(with.first());
        int end = tokens.end(only.last());
        return new TimedWait(with, List.of(new TimeoutShapes.Replacement(start, end, text)), note, null);
    }

    /**
     * What precedes the wait in the block's only statement: "" for {@code gt.wait()}, "x = " for a
     * single-target assignment, "return " for a return; null when the statement does anything else.
     */
    private String waitStatementPrefix(Statement only, HandleUses.Use wait) {
        if (only.last() != wait.close() || tokens.nextCode(wait.open() + 1) != wait.close() || !only.children().isEmpty()) {
            return null;
        }
        if (only.kind() == StatementKind.EXPRESSION) {
            return only.first() == wait.first() ? "" : null;
        }
        if (only.kind() == StatementKind.RETURN) {
            return tokens.nextCode(only.first() + 1) == wait.first() ? "return " : null;
        }
        if (only.kind() != StatementKind.ASSIGNMENT) {
            return null;
        }
        int eq = tokens.previousCode(wait.first() - 1);
        if (!tokens.isOp(eq, "=")) {
            return null;
        }
        for (int i = only.first(); i < eq; i++) {
            if (tokens.isOp(i, "=") || tokens.kind(i) == TokenKind.COMMENT) {
                return null;
            }
        }
        return tokens.textOf(only.first(), tokens.previousCode(eq - 1)).strip() + " = ";
    }

    /** eventlet.Timeout itself, or a class of this module derived from it that keeps its constructor. */
    private boolean plainTimeout(List<Integer> chain, Predicate<String> isPlain) {
        String qualified = names.qualify(chain);
        if (qualified != null) {
            return isPlain.test(qualified);
        }
        if (chain.size() != 1 || !(names.lookup(chain.get(0)) instanceof Binding.Local)) {
            return false;
        }
        return keepsConstructor(tokens.text(chain.get(0)), isPlain, 0);
    }

    private boolean keepsConstructor(String className, Predicate<String> isPlain, int depth) {
        String prefix = names.location().dotted() == null ? "" : names.location().dotted() + ".";
        for (NameTable.ClassDef c : names.classes()) {
            if (!c.qualified().equals(prefix + className) || definesInit(c.range()) || c.bases().size() != 1 || depth > 5) {
                continue;
            }
            String base = c.bases().get(0);
            if (isPlain.test(base)) {
                return true;
            }
            if (base.startsWith(prefix) && keepsConstructor(base.substring(prefix.length()), isPlain, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    private boolean definesInit(int[] range) {
        for (int i = range[0]; i < range[1]; i++) {
            if (tokens.isName(i, "def") && tokens.isName(tokens.nextCode(i + 1), "__init__")) {
                return true;
            }
        }
        return false;
    }

    /** True when the expression [first, last] starts with the name of a Timeout class. */
    private boolean namesTimeout(int[] range) {
        if (tokens.kind(range[0]) != TokenKind.NAME) {
            return false;
        }
        List<Integer> chain = module.dottedChain(range[0]);
        String qualified = names.qualify(chain);
        return qualified != null ? isTimeout.test(qualified) : chain.size() == 1 && localTimeoutClass(tokens.text(range[0]));
    }

    private boolean localTimeoutClass(String name) {
        return TimeoutBlocks.definedClasses(module, names, isTimeout).contains(name);
    }

    /**
     * The first except clause around the block, within its function, that catches the Timeout but
     * not TimeoutError or the other way round (or that greenshift cannot read), described; null
     * when none does.
     */
    private String handlerTellingApart(Statement with) {
        Statement child = with;
        for (Statement parent = parentOf.apply(with); ; child = parent, parent = parentOf.apply(parent)) {
            if (child.kind() == StatementKind.DEF || child.kind() == StatementKind.CLASS) {
                return null;
            }
            List<Statement> siblings = module.block(parent);
            if (child.kind() == StatementKind.TRY) {
                for (int i = siblings.indexOf(child) + 1; i < siblings.size() && siblings.get(i).kind() == StatementKind.EXCEPT; i++) {
                    Statement clause = siblings.get(i);
                    Catches c = catches(clause);
                    String at = "the except at line " + clause.line();
                    switch (c) {
                        case OLD -> {
                            return at + " catches it, which result(timeout=) would not raise";
                        }
                        case NEW -> {
                            return at + " would catch the TimeoutError that result(timeout=) raises, which the Timeout (a BaseException) passed by";
                        }
                        case UNKNOWN -> {
                            return "greenshift cannot tell what " + at + " catches";
                        }
                        default -> { }
                    }
                }
            }
            if (parent == null) {
                return null;
            }
        }
    }

    private Catches catches(Statement clause) {
        int from = tokens.nextCode(clause.first() + 1);
        int to = tokens.previousCode(clause.last() - 1);
        if (from >= clause.last()) {
            return Catches.BOTH;
        }
        if (tokens.isOp(from, "*")) {
            return Catches.UNKNOWN;
        }
        for (int i = from; i <= to; i++) {
            if (tokens.isName(i, "as")) {
                to = tokens.previousCode(i - 1);
                break;
            }
        }
        if (tokens.isOp(from, "(") && tokens.partner(from) == to) {
            from = tokens.nextCode(from + 1);
            to = tokens.previousCode(to - 1);
        }
        boolean old = false;
        boolean caughtNew = false;
        int i = from;
        while (i <= to) {
            if (tokens.kind(i) != TokenKind.NAME) {
                return Catches.UNKNOWN;
            }
            List<Integer> chain = module.dottedChain(i);
            int last = chain.get(chain.size() - 1);
            int after = tokens.nextCode(last + 1);
            if (after <= to && !tokens.isOp(after, ",")) {
                return Catches.UNKNOWN;
            }
            Catches one = catchesName(chain);
            if (one == Catches.UNKNOWN) {
                return one;
            }
            old |= one == Catches.OLD || one == Catches.BOTH;
            caughtNew |= one == Catches.NEW || one == Catches.BOTH;
            i = after <= to ? tokens.nextCode(after + 1) : to + 1;
        }
        return old && caughtNew ? Catches.BOTH : old ? Catches.OLD : caughtNew ? Catches.NEW : Catches.NEITHER;
    }

    private Catches catchesName(List<Integer> chain) {
        String qualified = names.qualify(chain);
        if (qualified != null) {
            if (isTimeout.test(qualified)) {
                return Catches.OLD;
            }
            return QUALIFIED_TIMEOUT_ERROR.contains(qualified) ? Catches.NEW
                    : qualified.equals("builtins.BaseException") ? Catches.BOTH : Catches.NEITHER;
        }
        if (chain.size() != 1) {
            return Catches.NEITHER;
        }
        String name = tokens.text(chain.get(0));
        Binding b = names.lookup(chain.get(0));
        if (b == null) {
            return name.equals("BaseException") ? Catches.BOTH : BUILTIN_CATCHING_TIMEOUT_ERROR.contains(name) ? Catches.NEW : Catches.NEITHER;
        }
        if (localTimeoutClass(name)) {
            return Catches.OLD;
        }
        String prefix = names.location().dotted() == null ? "" : names.location().dotted() + ".";
        // A class of this module catches neither (only a superclass of TimeoutError could); a name bound to a tuple may catch anything.
        return names.classes().stream().anyMatch(c -> c.qualified().equals(prefix + name)) ? Catches.NEITHER : Catches.UNKNOWN;
    }

    private boolean hasKeyword(int open) {
        for (int i = open + 1; i < tokens.partner(open); i++) {
            if (tokens.isOp(i, "=")) {
                return true;
            }
        }
        return false;
    }
}
