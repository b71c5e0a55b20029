package dev.greenshift.match;

import dev.greenshift.lex.TokenKind;
import dev.greenshift.lex.TokenStream;
import dev.greenshift.names.Binding;
import dev.greenshift.names.NameTable;
import dev.greenshift.syntax.Module;
import dev.greenshift.syntax.Statement;
import dev.greenshift.syntax.StatementKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The {@code with} statements of a module whose context manager is an Eventlet Timeout: the class
 * itself, a class of this module derived from it ({@code class LockTimeout(eventlet.Timeout)}), or
 * one the project defines elsewhere and this module imports. Inside their bodies the Timeout
 * fires at the next green blocking call; a native blocking call there would never be interrupted.
 */
public final class TimeoutBlocks {
    private final List<Statement> blocks;

    private TimeoutBlocks(List<Statement> blocks) {
        this.blocks = blocks;
    }

    /**
     * {@code isTimeout} answers for a qualified name (after aliases): eventlet.Timeout, or a project
     * class derived from it.
     */
    public static TimeoutBlocks of(Module module, NameTable names, Predicate<String> isTimeout) {
        Set<String> localClasses = localTimeoutClasses(module, names, isTimeout);
        TokenStream tokens = module.tokens();
        List<Statement> found = new ArrayList<>();
        module.walk((s, parent) -> {
            if (s.kind() != StatementKind.WITH) {
                return;
            }
            for (int i = s.first(); i < s.last(); i++) {
                if (tokens.kind(i) == TokenKind.NAME && !module.isAttributeAccess(i)
                        && isTimeoutClass(module, names, module.dottedChain(i), isTimeout, localClasses)) {
                    found.add(s);
                    return;
                }
            }
        });
        return new TimeoutBlocks(found);
    }

    /** The innermost Timeout {@code with} statement whose header or body holds the token, or null. */
    public Statement enclosing(int token) {
        Statement inner = null;
        for (Statement s : blocks) {
            if (s.first() <= token && token <= s.lastDeep() && (inner == null || s.first() >= inner.first())) {
                inner = s;
            }
        }
        return inner;
    }

    /** The names of the classes this module derives from a Timeout class, for the project's index. */
    public static Set<String> definedClasses(Module module, NameTable names, Predicate<String> isTimeout) {
        return localTimeoutClasses(module, names, isTimeout);
    }

    /** Class names this module derives, directly or through each other, from a Timeout class. */
    private static Set<String> localTimeoutClasses(Module module, NameTable names, Predicate<String> isTimeout) {
        TokenStream tokens = module.tokens();
        List<Statement> classes = new ArrayList<>();
        module.walk((s, parent) -> {
            if (s.kind() == StatementKind.CLASS) {
                classes.add(s);
            }
        });
        Set<String> found = new HashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Statement c : classes) {
                int name = tokens.nextCode(classKeyword(tokens, c) + 1);
                String className = tokens.text(name);
                int open = tokens.nextCode(name + 1);
                if (found.contains(className) || !tokens.isOp(open, "(")) {
                    continue;
                }
                for (int i = open + 1; i < tokens.partner(open); i++) {
                    if (tokens.kind(i) == TokenKind.NAME && !module.isAttributeAccess(i)
                            && isTimeoutClass(module, names, module.dottedChain(i), isTimeout, found)) {
                        found.add(className);
                        grew = true;
                        break;
                    }
                }
            }
        }
        return found;
    }

    private static int classKeyword(TokenStream tokens, Statement c) {
        int i = c.first();
        while (i < c.last() && !tokens.isName(i, "class")) {
            i++;
        }
        return i;
    }

    private static boolean isTimeoutClass(Module module, NameTable names, List<Integer> chain, Predicate<String> isTimeout,
                                          Set<String> localClasses) {
        String qualified = names.qualify(chain);
        if (qualified != null) {
            return isTimeout.test(qualified);
        }
        return chain.size() == 1 && localClasses.contains(module.tokens().text(chain.get(0)))
                && names.lookup(chain.get(0)) instanceof Binding.Local;
    }
}
