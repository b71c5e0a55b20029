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

/**
 * Every use of a handle bound by an assignment ({@code t = spawn(f)} or {@code self.t = ...}):
 * the references to the same binding in its scope, or to {@code self.t} in the class. A use is a
 * method call on the handle ({@code t.wait()}) or anything else, an escape: stored, passed,
 * compared, reassigned. Recipes use this to rewrite a handle only when they see all of it.
 */
public final class HandleUses {

    /** One use: the receiver tokens [first, receiverLast]; for a method call, its name and parentheses. */
    public record Use(int first, int receiverLast, String method, int open, int close, boolean statement) {
        public boolean isEscape() {
            return method == null;
        }
    }

    private HandleUses() {
    }

    /** The uses of the target [first, last] (a name, or self.name), or null when the target is another shape. */
    public static List<Use> of(Module module, NameTable names, int first, int last) {
        TokenStream tokens = module.tokens();
        List<Integer> code = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            if (tokens.kind(i).isCode()) {
                code.add(i);
            }
        }
        if (code.size() == 1 && tokens.kind(first) == TokenKind.NAME) {
            return ofName(module, names, first);
        }
        if (code.size() == 3 && tokens.isName(code.get(0), "self") && tokens.isOp(code.get(1), ".")
                && tokens.kind(code.get(2)) == TokenKind.NAME) {
            return ofSelfAttribute(module, names, first, tokens.text(code.get(2)));
        }
        return null;
    }

    /** Where a spawning function passes its extra arguments: the callable's index and the first forwarded one. */
    private static final java.util.Map<String, int[]> FORWARDERS = java.util.Map.of(
            "eventlet.spawn", new int[] {0, 1},
            "eventlet.spawn_n", new int[] {0, 1},
            "eventlet.spawn_after", new int[] {1, 2},
            "eventlet.spawn_after_local", new int[] {1, 2});

    /**
     * Like {@link #of}, but a handle passed whole as an argument to a function defined in this
     * module (directly, or through eventlet.spawn and friends) is followed into that function: the
     * parameter's uses count as the handle's. Anything not followed stays an escape.
     */
    public static List<Use> following(Module module, NameTable names, int first, int last, java.util.function.UnaryOperator<String> canonical) {
        List<Use> uses = of(module, names, first, last);
        return uses == null ? null : follow(module, names, uses, canonical, 0);
    }

    private static List<Use> follow(Module module, NameTable names, List<Use> uses, java.util.function.UnaryOperator<String> canonical, int depth) {
        List<Use> out = new ArrayList<>();
        for (Use use : uses) {
            int parameter = use.isEscape() && depth < 3 ? forwardedParameter(module, names, use, canonical) : -1;
            if (parameter < 0) {
                out.add(use);
                continue;
            }
            out.addAll(follow(module, names, ofName(module, names, parameter), canonical, depth + 1));
        }
        return out;
    }

    /** The parameter token that receives the handle at this use, or -1. */
    private static int forwardedParameter(Module module, NameTable names, Use use, java.util.function.UnaryOperator<String> canonical) {
        TokenStream tokens = module.tokens();
        if (use.first() != use.receiverLast()) {
            return -1;
        }
        int open = enclosingParen(module, use.first());
        if (open < 0) {
            return -1;
        }
        List<int[]> args = Arguments.positional(tokens, open);
        int position = -1;
        for (int k = 0; k < args.size(); k++) {
            if (args.get(k)[0] == use.first() && args.get(k)[1] == use.first()) {
                position = k;
            }
        }
        List<Integer> callee = module.calleeChain(open);
        if (position < 0 || callee == null) {
            return -1;
        }
        String qualified = names.qualify(callee);
        int[] forward = qualified == null ? null : FORWARDERS.get(canonical.apply(qualified));
        int function;
        int index;
        if (forward != null) {
            if (position < forward[1] || args.size() <= forward[0] || args.get(forward[0])[0] != args.get(forward[0])[1]) {
                return -1;
            }
            function = args.get(forward[0])[0];
            index = position - forward[1];
        } else if (callee.size() == 1 && names.lookup(callee.get(0)) instanceof Binding.Local) {
            function = callee.get(0);
            index = position;
        } else {
            return -1;
        }
        return tokens.kind(function) == TokenKind.NAME ? names.parameterOf(function, index) : -1;
    }

    /** The round bracket directly around {@code token} (a call's argument list), or -1. */
    private static int enclosingParen(Module module, int token) {
        int open = module.enclosingBracket(token);
        return open >= 0 && module.tokens().isOp(open, "(") ? open : -1;
    }

    private static List<Use> ofName(Module module, NameTable names, int target) {
        TokenStream tokens = module.tokens();
        Binding binding = names.lookup(target);
        String name = tokens.text(target);
        Statement[] owners = module.owners();
        List<Use> uses = new ArrayList<>();
        int[] scope = names.bindingScope(target);
        int[] others = otherBindings(module, owners[target], name);
        for (int i = scope[0]; i <= scope[1]; i++) {
            if (i == target || tokens.kind(i) != TokenKind.NAME || !tokens.text(i).equals(name) || module.isAttributeAccess(i)) {
                continue;
            }
            if (names.lookup(i) != binding || i == others[0] || i == others[2]
                    || i > others[1] && i < owners[target].first() || i > others[3] && i <= others[4]
                    || onlyAboutNone(module, owners[i], i)) {
                continue;
            }
            uses.add(classify(module, owners, i, i));
        }
        return uses;
    }

    /**
     * Where the statement's neighbours in its own block bind the name again ({@code t = spawn(f)
     * ... t.wait() ... t = spawn(g) ... t.wait()}): each handle's uses stop at the next binding,
     * which every later statement of the block sees, and start after the previous one's end. Uses
     * elsewhere (before the previous binding, in its right-hand side, after the block) stay: a loop
     * or an exception may reach them with this handle. Answers {previous target, previous end,
     * next target, next end, block end}, with -1 and MAX_VALUE where there is none.
     */
    private static int[] otherBindings(Module module, Statement statement, String name) {
        int[] none = {-1, Integer.MAX_VALUE, -1, Integer.MAX_VALUE, -1};
        if (statement == null || statement.kind() != StatementKind.ASSIGNMENT) {
            return none;
        }
        List<Statement> block = module.block(module.parents().get(statement));
        int at = block.indexOf(statement);
        if (at < 0) {
            return none;
        }
        int[] found = none.clone();
        for (int k = at - 1; k >= 0; k--) {
            if (bindsPlainly(module, block.get(k), name)) {
                found[0] = block.get(k).first();
                found[1] = block.get(k).lastDeep();
                break;
            }
        }
        for (int k = at + 1; k < block.size(); k++) {
            if (bindsPlainly(module, block.get(k), name)) {
                found[2] = block.get(k).first();
                found[3] = block.get(k).lastDeep();
                found[4] = block.get(block.size() - 1).lastDeep();
                break;
            }
        }
        return found;
    }

    /**
     * {@code t = None} and {@code t is None} / {@code t is not None}: the optional-handle idiom
     * ({@code t = None; if cond: t = spawn(f) ... if t is not None: t.wait()}) asks nothing of the
     * object, so any replacement keeps it. Truthiness does ask: a greenlet is false once it ends.
     */
    private static boolean onlyAboutNone(Module module, Statement owner, int i) {
        TokenStream tokens = module.tokens();
        int next = tokens.nextCode(i + 1);
        if (tokens.isName(next, "is")) {
            int after = tokens.nextCode(next + 1);
            if (tokens.isName(after, "not")) {
                after = tokens.nextCode(after + 1);
            }
            return tokens.isName(after, "None");
        }
        if (owner != null && owner.first() == i && bindsPlainly(module, owner, tokens.text(i))) {
            int value = tokens.nextCode(next + 1);
            return tokens.isName(value, "None") && tokens.nextCode(value + 1) >= owner.terminator();
        }
        return false;
    }

    /** {@code name = ...}: an assignment whose only target is the name itself. */
    private static boolean bindsPlainly(Module module, Statement s, String name) {
        TokenStream tokens = module.tokens();
        return s.kind() == StatementKind.ASSIGNMENT && tokens.isName(s.first(), name)
                && tokens.isOp(tokens.nextCode(s.first() + 1), "=");
    }

    private static List<Use> ofSelfAttribute(Module module, NameTable names, int target, String attr) {
        TokenStream tokens = module.tokens();
        int[] classRange = names.classRange(target);
        if (classRange == null) {
            return null;
        }
        Statement[] owners = module.owners();
        List<Use> uses = new ArrayList<>();
        for (int i = classRange[0]; i <= classRange[1]; i++) {
            if (i == target || !tokens.isName(i, "self") || module.isAttributeAccess(i)) {
                continue;
            }
            int dot = tokens.nextCode(i + 1);
            int name = tokens.nextCode(dot + 1);
            if (tokens.isOp(dot, ".") && tokens.isName(name, attr)) {
                uses.add(classify(module, owners, i, name));
            }
        }
        return uses;
    }

    private static Use classify(Module module, Statement[] owners, int first, int receiverLast) {
        TokenStream tokens = module.tokens();
        int dot = tokens.nextCode(receiverLast + 1);
        if (tokens.isOp(dot, ".")) {
            int method = tokens.nextCode(dot + 1);
            int open = tokens.nextCode(method + 1);
            if (tokens.kind(method) == TokenKind.NAME && tokens.isOp(open, "(") && tokens.partner(open) > open) {
                int close = tokens.partner(open);
                Statement s = owners[first];
                boolean statement = s != null && s.kind() == StatementKind.EXPRESSION && s.first() == first && s.last() == close;
                return new Use(first, receiverLast, tokens.text(method), open, close, statement);
            }
        }
        return new Use(first, receiverLast, null, -1, -1, false);
    }
}
