package dev.greenshift.match;

import dev.greenshift.lex.TokenKind;
import dev.greenshift.lex.TokenStream;
import dev.greenshift.names.NameTable;
import dev.greenshift.syntax.Module;
import dev.greenshift.syntax.Statement;
import dev.greenshift.syntax.StatementKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The {@code with eventlet.Timeout(...)} blocks that have a mechanical thread equivalent:
 * <pre>
 * with Timeout(t, False):          evt.wait(t)
 *     evt.wait()
 *
 * with Timeout(n, False):          deadline = time.monotonic() + n
 *     while cond:                  while cond and time.monotonic() &lt; deadline:
 *         sleep(x)                     sleep(x)
 *
 * with Timeout(n, SomeError()):    deadline = time.monotonic() + n
 *     while cond:                  while cond:
 *         sleep(x)                     if time.monotonic() &gt;= deadline:
 *                                          raise SomeError()
 *                                      sleep(x)
 * </pre>
 * A Timeout that raises itself has no equivalent without Eventlet, and other bodies can block
 * anywhere: those blocks stay, with a note.
 */
public final class TimeoutShapes {

    /** Replace [start, end) with text. */
    public record Replacement(int start, int end, String text) {
    }

    /** One block rewritten: its replacements, and whether the rewrite uses the time module. */
    public record Shape(Statement block, List<Replacement> replacements, boolean usesTime) {
    }

    private final Module module;
    private final TokenStream tokens;
    private final NameTable names;
    private final String text;
    private final String lineEnding;

    private TimeoutShapes(Module module, NameTable names, String text, String lineEnding) {
        this.module = module;
        this.tokens = module.tokens();
        this.names = names;
        this.text = text;
        this.lineEnding = lineEnding;
    }

    /** {@code isTimeout}: true for the qualified name of eventlet.Timeout itself (subclasses may do more). */
    public static List<Shape> of(Module module, NameTable names, String text, String lineEnding, Predicate<String> isTimeout) {
        TimeoutShapes shapes = new TimeoutShapes(module, names, text, lineEnding);
        List<Shape> found = new ArrayList<>();
        module.walk((s, parent) -> {
            if (s.kind() == StatementKind.WITH && !s.async()) {
                Shape shape = shapes.shape(s, isTimeout);
                if (shape != null) {
                    found.add(shape);
                }
            }
        });
        return found;
    }

    private Shape shape(Statement with, Predicate<String> isTimeout) {
        int head = tokens.nextCode(with.first() + 1);
        List<Integer> chain = module.dottedChain(head);
        int open = tokens.nextCode(chain.get(chain.size() - 1) + 1);
        String qualified = tokens.kind(head) == TokenKind.NAME ? names.qualify(chain) : null;
        if (qualified == null || !isTimeout.test(qualified) || !tokens.isOp(open, "(")
                || tokens.nextCode(tokens.partner(open) + 1) != with.last()) {
            return null;
        }
        List<int[]> args = Arguments.positional(tokens, open);
        if (args.size() != 2 || hasKeyword(open)) {
            return null;
        }
        String seconds = code(args.get(0));
        String error = code(args.get(1));
        boolean silent = error.equals("False");
        List<Statement> body = with.children();
        if (body.size() != 1) {
            return null;
        }
        Statement only = body.get(0);
        if (silent) {
            Shape wait = eventWait(with, only, seconds);
            if (wait != null) {
                return wait;
            }
        }
        return error.equals("True") || error.equals("None") ? null : deadlineLoop(with, only, seconds, silent ? null : error);
    }

    /** {@code with Timeout(t, False): evt.wait()} becomes {@code evt.wait(t)}, for an Event. */
    private Shape eventWait(Statement with, Statement only, String seconds) {
        if (only.kind() != StatementKind.EXPRESSION) {
            return null;
        }
        List<Integer> chain = module.dottedChain(only.first());
        int last = chain.get(chain.size() - 1);
        int open = tokens.nextCode(last + 1);
        if (chain.size() < 2 || !tokens.isName(last, "wait") || !tokens.isOp(open, "(")
                || tokens.nextCode(open + 1) != tokens.partner(open) || tokens.partner(open) != only.last()
                || !isEvent(chain.subList(0, chain.size() - 1))) {
            return null;
        }
        for (int i = with.first(); i <= only.last(); i++) {
            if (tokens.kind(i) == TokenKind.COMMENT) {
                return null;
            }
        }
        String call = tokens.textOf(only.first(), open) + seconds + ")";
        int start = tokens.offset(with.first());
        int end = tokens.end(only.last());
        return new Shape(with, List.of(new Replacement(start, end, call)), false);
    }

    private boolean isEvent(List<Integer> receiver) {
        List<int[]> values = names.assignedValues(receiver);
        String callee = NameTable.sameCallee(tokens, values, (from, to) -> {
            List<Integer> c = module.dottedChain(from);
            return tokens.kind(from) == TokenKind.NAME ? names.qualify(c) : null;
        });
        return callee != null && (callee.equals("threading.Event") || callee.endsWith("event.Event"));
    }

    /** The poll loop: the with line becomes the deadline, the loop checks it each turn. */
    private Shape deadlineLoop(Statement with, Statement loop, String seconds, String error) {
        if (loop.kind() != StatementKind.WHILE || bindsDeadline() || !loop.decorators().isEmpty()) {
            return null;
        }
        String indentation = with.indentation();
        String inner = loop.indentation();
        if (!inner.startsWith(indentation) || inner.length() == indentation.length() || spansLines(loop)) {
            return null;
        }
        int dedent = inner.length() - indentation.length();
        List<Replacement> out = new ArrayList<>();
        int withLine = module.lineStart(tokens.offset(with.first()));
        int loopLine = module.lineStart(tokens.offset(loop.first()));
        out.add(new Replacement(withLine, loopLine, indentation + "deadline = time.monotonic() + " + seconds + lineEnding));
        int condFirst = tokens.nextCode(loop.first() + 1);
        int condLast = tokens.previousCode(loop.last() - 1);
        String condition = tokens.textOf(condFirst, condLast);
        if (error == null) {
            String check = "time.monotonic() < deadline";
            String guarded = condition.equals("True") ? check
                    : (condition.contains(" or ") || condition.contains("lambda") || condition.contains(" if ")
                            ? "(" + condition + ")" : condition) + " and " + check;
            out.add(new Replacement(tokens.offset(condFirst), tokens.end(condLast), guarded));
        }
        List<Statement> loopBody = loop.children();
        if (loopBody.isEmpty() || loop.body() == null) {
            return null;
        }
        int bodyLine = module.lineStart(tokens.offset(loopBody.get(0).firstWithDecorators()));
        if (bodyLine == loopLine) {
            return null;
        }
        String check = "";
        if (error != null) {
            String bodyIndentation = loopBody.get(0).indentation().substring(dedent);
            check = bodyIndentation + "if time.monotonic() >= deadline:" + lineEnding + bodyIndentation + "    raise " + error + lineEnding;
        }
        int end = tokens.end(loop.lastDeep());
        for (int line = loopLine; line < end; line = nextLine(line)) {
            if (text.startsWith(" ".repeat(dedent), line) || text.startsWith("\t".repeat(dedent), line)) {
                // The raise goes before the loop body's first line, in the same replacement as its dedent.
                out.add(new Replacement(line, line + dedent, line == bodyLine ? check : ""));
            } else if (!text.substring(line, nextLine(line)).isBlank()) {
                return null;
            }
        }
        return new Shape(with, out, true);
    }

    private int nextLine(int offset) {
        int nl = text.indexOf('\n', offset);
        return nl < 0 ? text.length() : nl + 1;
    }

    /** A string or f-string over several lines cannot be re-indented line by line. */
    private boolean spansLines(Statement loop) {
        for (int i = loop.first(); i <= loop.lastDeep(); i++) {
            if ((tokens.kind(i) == TokenKind.STRING || tokens.kind(i) == TokenKind.FSTRING_MIDDLE) && tokens.text(i).contains("\n")) {
                return true;
            }
        }
        return false;
    }

    private boolean bindsDeadline() {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.isName(i, "deadline")) {
                return true;
            }
        }
        return false;
    }

    private boolean hasKeyword(int open) {
        for (int i = open + 1; i < tokens.partner(open); i++) {
            if (tokens.isOp(i, "=")) {
                return true;
            }
        }
        return false;
    }

    private String code(int[] range) {
        return tokens.textOf(range[0], range[1]).strip();
    }
}
