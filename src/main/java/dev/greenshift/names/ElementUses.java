package dev.greenshift.names;

import dev.greenshift.lex.Token;
import dev.greenshift.lex.TokenKind;
import dev.greenshift.lex.TokenStream;
import dev.greenshift.syntax.Module;
import dev.greenshift.syntax.Statement;
import dev.greenshift.syntax.StatementKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The attributes read on objects a call puts into a container: {@code queues = [Queue(1) for _ in
 * range(n)]}, {@code {k: Queue() ...}}, {@code queues.append(Queue())}, {@code queues[k] = Queue()}.
 * The container's elements are followed where the code takes them out: {@code queues[i].resize(2)},
 * {@code q = queues[i]}, {@code for q in queues} (also through {@code zip}, {@code enumerate},
 * {@code .values()}, {@code .items()}, comprehensions), and an element passed to a function of the
 * module (directly or through a spawn) is followed into its parameter.
 */
final class ElementUses {
    private static final Set<String> ADDERS = Set.of("append", "add", "insert", "appendleft", "put", "put_nowait", "setdefault");
    private static final Set<String> SPAWNERS = Set.of("spawn", "spawn_n", "submit", "execute");
    private static final Set<String> PASS_THROUGH = Set.of("reversed", "sorted", "list", "tuple", "iter");
    private static final int DEPTH = 3;

    private final NameTable names;
    private final ProjectNames project;
    private final Module module;
    private final TokenStream tokens;

    private ElementUses(NameTable names, ProjectNames project) {
        this.names = names;
        this.project = project;
        this.module = names.module();
        this.tokens = module.tokens();
    }

    /** The names that take the container's elements: loop variables, names assigned an element, parameters they are passed to. */
    private final List<Integer> holders = new ArrayList<>();

    /** Adds the attributes read on the elements of the container the call spanning [first, last] is put into, if any. */
    static void ofElement(NameTable names, ProjectNames project, int first, int last, List<AttributeUses.Use> uses) {
        of(names, project, first, last, uses);
    }

    /** The NAME tokens that bind an element of the container the call spanning [first, last] is put into. */
    static List<Integer> holders(NameTable names, int first, int last) {
        return of(names, null, first, last, new ArrayList<>()).holders;
    }

    private static ElementUses of(NameTable names, ProjectNames project, int first, int last, List<AttributeUses.Use> uses) {
        ElementUses e = new ElementUses(names, project);
        List<Integer> container = e.container(first, last);
        IntPredicate reference = container == null ? null : e.referencesTo(container);
        if (reference == null) {
            return e;
        }
        int[] range = container.size() == 1 ? names.bindingScope(container.get(0)) : names.classRange(container.get(0));
        if (range == null) {
            return e;
        }
        for (int i = range[0]; i <= range[1]; i++) {
            if (reference.test(i)) {
                e.elementsAt(i, uses);
            }
        }
        return e;
    }

    /** The target tokens (a name, or self . attr) of the container the call goes into, or null. */
    private List<Integer> container(int first, int last) {
        Statement s = module.owners()[first];
        if (s == null) {
            return null;
        }
        int open = module.enclosingBracket(first);
        if (open < 0) {
            return subscriptedTarget(AttributeUses.assignedTo(module, first, last));
        }
        List<Integer> callee = tokens.isOp(open, "(") ? module.calleeChain(open) : null;
        if (callee != null && callee.size() >= 2 && ADDERS.contains(tokens.text(callee.get(callee.size() - 1)))
                && s.kind() == StatementKind.EXPRESSION) {
            return simpleTarget(callee.subList(0, callee.size() - 1));
        }
        if (callee != null || s.kind() != StatementKind.ASSIGNMENT) {
            return null;
        }
        int eq = tokens.previousCode(open - 1);
        if (tokens.isOp(eq, "=") && tokens.partner(open) == s.last()) {
            return simpleTarget(AttributeUses.assignedTo(module, open, s.last()));
        }
        return null;
    }

    /** {@code container[k] = call}: the container of a subscripted assignment target, or null. */
    private List<Integer> subscriptedTarget(List<Integer> target) {
        if (target.size() < 3 || !tokens.isOp(target.get(target.size() - 1), "]")) {
            return null;
        }
        int open = tokens.partner(target.get(target.size() - 1));
        List<Integer> container = target.stream().filter(i -> i < open).toList();
        return container.isEmpty() ? null : simpleTarget(container);
    }

    private List<Integer> simpleTarget(List<Integer> target) {
        if (target.size() == 1 && tokens.kind(target.get(0)) == TokenKind.NAME) {
            return target;
        }
        if (target.size() == 3 && tokens.isName(target.get(0), "self") && tokens.isOp(target.get(1), ".")) {
            return target;
        }
        return null;
    }

    private IntPredicate referencesTo(List<Integer> target) {
        if (target.size() == 1) {
            Binding binding = names.lookup(target.get(0));
            String name = tokens.text(target.get(0));
            return i -> tokens.isName(i, name) && !module.isAttributeAccess(i) && names.lookup(i) == binding;
        }
        String attribute = tokens.text(target.get(2));
        return i -> tokens.isName(i, "self") && !module.isAttributeAccess(i) && tokens.isOp(tokens.nextCode(i + 1), ".")
                && tokens.isName(tokens.nextCode(tokens.nextCode(i + 1) + 1), attribute);
    }

    /** The element uses at a reference to the container whose last token is {@code last}. */
    private void elementsAt(int reference, List<AttributeUses.Use> uses) {
        int last = tokens.isName(reference, "self") ? tokens.nextCode(tokens.nextCode(reference + 1) + 1) : reference;
        int next = tokens.nextCode(last + 1);
        if (tokens.isOp(next, "[")) {
            int close = tokens.partner(next);
            String attr = AttributeUses.attributeAfter(tokens, close);
            if (attr != null) {
                uses.add(new AttributeUses.Use(attr, "line " + tokens.line(close), tokens.nextCode(tokens.nextCode(close + 1) + 1)));
                return;
            }
            Statement s = module.owners()[reference];
            List<Integer> taken = s != null && s.kind() == StatementKind.ASSIGNMENT && s.last() == close
                    ? AttributeUses.assignedTo(module, reference, close) : List.of();
            if (taken.size() == 1 && tokens.kind(taken.get(0)) == TokenKind.NAME) {
                ofElementName(taken.get(0), uses, DEPTH);
            }
            return;
        }
        int loopVariable = loopVariable(reference, last);
        if (loopVariable >= 0) {
            ofElementName(loopVariable, uses, DEPTH);
        }
    }

    /** The attributes read on a name holding an element, and on the parameters it is passed to. */
    private void ofElementName(int name, List<AttributeUses.Use> uses, int depth) {
        holders.add(name);
        AttributeUses.ofName(names, project, name, uses);
        if (depth == 0) {
            return;
        }
        Binding binding = names.lookup(name);
        String text = tokens.text(name);
        int[] scope = names.bindingScope(name);
        for (int i = scope[0]; i <= scope[1]; i++) {
            if (i != name && tokens.isName(i, text) && !module.isAttributeAccess(i) && names.lookup(i) == binding) {
                int parameter = parameterReceiving(i);
                if (parameter >= 0) {
                    ofElementName(parameter, uses, depth - 1);
                }
            }
        }
    }

    /**
     * The loop variable that takes the container's elements when the reference is the iterable of
     * a {@code for} (statement or comprehension): {@code for q in C}, {@code in C.values()},
     * {@code for k, q in C.items()}, {@code for i, q in enumerate(C)}, {@code for a, q in zip(A, C)}. -1 otherwise.
     */
    private int loopVariable(int reference, int last) {
        int position = -1;
        int start = reference;
        int after = tokens.nextCode(last + 1);
        if (tokens.isOp(after, ".") && tokens.kind(tokens.nextCode(after + 1)) == TokenKind.NAME) {
            String method = tokens.text(tokens.nextCode(after + 1));
            if (method.equals("items")) {
                position = 1;
            } else if (!method.equals("values")) {
                return -1;
            }
        }
        int open = module.enclosingBracket(start);
        while (open >= 0 && tokens.isOp(open, "(")) {
            List<Integer> callee = module.calleeChain(open);
            String function = callee == null || callee.size() != 1 ? null : tokens.text(callee.get(0));
            if (function == null || names.lookup(callee.get(0)) != null) {
                break;
            }
            if (function.equals("zip") && position < 0) {
                position = argumentIndex(open, start);
            } else if (function.equals("enumerate") && position < 0) {
                position = 1;
            } else if (!PASS_THROUGH.contains(function)) {
                return -1;
            }
            start = callee.get(0);
            open = module.enclosingBracket(start);
        }
        int in = tokens.previousCode(start - 1);
        if (in < 0 || !tokens.isName(in, "in")) {
            return -1;
        }
        int forToken = in;
        while (forToken >= 0 && !tokens.isName(forToken, "for")) {
            Token t = tokens.get(forToken);
            if (t.kind() == TokenKind.NEWLINE || t.closesBracket() && forToken != in) {
                return -1;
            }
            forToken = tokens.previousCode(forToken - 1);
        }
        if (forToken < 0) {
            return -1;
        }
        List<Integer> targets = new ArrayList<>();
        for (int i = tokens.nextCode(forToken + 1); i < in; i = tokens.nextCode(i + 1)) {
            if (tokens.kind(i) == TokenKind.NAME) {
                targets.add(i);
            } else if (!tokens.isOp(i, ",")) {
                return -1;
            }
        }
        if (position < 0) {
            return targets.size() == 1 ? targets.get(0) : -1;
        }
        return position < targets.size() ? targets.get(position) : -1;
    }

    /** The index of the positional argument of the call opened at {@code open} that starts at {@code token}, or -1. */
    private int argumentIndex(int open, int token) {
        List<int[]> args = NameTable.arguments(tokens, open);
        for (int k = 0; k < args.size(); k++) {
            if (args.get(k)[0] == token) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The parameter that receives the name at {@code i} when it is a whole positional argument of a
     * call to a function of this module ({@code put(q)}), or of a spawn of one
     * ({@code pool.spawn(put, frag, q)}); -1 otherwise.
     */
    private int parameterReceiving(int i) {
        int open = module.enclosingBracket(i);
        if (open < 0 || !tokens.isOp(open, "(")) {
            return -1;
        }
        List<int[]> args = NameTable.arguments(tokens, open);
        int position = -1;
        for (int k = 0; k < args.size(); k++) {
            if (args.get(k)[0] == i && args.get(k)[1] == i) {
                position = k;
            }
        }
        List<Integer> callee = module.calleeChain(open);
        if (position < 0 || callee == null) {
            return -1;
        }
        int function;
        int index;
        if (SPAWNERS.contains(tokens.text(callee.get(callee.size() - 1))) && position > 0 && args.get(0)[0] == args.get(0)[1]) {
            function = args.get(0)[0];
            index = position - 1;
        } else if (callee.size() == 1) {
            function = callee.get(0);
            index = position;
        } else {
            return -1;
        }
        return names.parameterOf(function, index);
    }
}
