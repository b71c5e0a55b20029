package dev.greenshift.match;

import dev.greenshift.lex.Token;
import dev.greenshift.lex.TokenKind;
import dev.greenshift.lex.TokenStream;
import dev.greenshift.names.NameTable;
import dev.greenshift.syntax.Module;
import dev.greenshift.syntax.Statement;
import dev.greenshift.syntax.StatementKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the function handed to a spawn does, when this module defines it: a name ({@code watcher})
 * or a method of the class ({@code self._on_signal}). Eventlet's hub re-raises a SystemExit from a
 * green thread in the main greenlet, which ends the program; a native thread swallows it, so a
 * signal handler or watcher that calls sys.exit() would stop doing anything.
 *
 * <p>A SystemExit counts in any spelling the module gives it: {@code SystemExit}, a class of the
 * module derived from it ({@code class SignalExit(SystemExit)}), {@code sys.exit()}, {@code exit()}.
 * A spawned function that calls something it was handed ({@code for handler in handlers:
 * handler(signo)}, {@code self._handlers[signo]()}) may run any function of the module that the
 * module hands out as a value ({@code add_handler(signal.SIGHUP, self._reload)}): oslo.service's
 * signal dispatcher spawns exactly such a loop over handlers that raise SignalExit.
 */
public final class SpawnedFunction {
    /** How far calls to other functions of the module are followed. */
    private static final int DEPTH = 3;

    private SpawnedFunction() {
    }

    /** True when the callable in tokens [first, last] is defined here and may raise SystemExit. */
    public static boolean exits(Module module, NameTable names, int first, int last) {
        String name = definedName(module.tokens(), first, last);
        return name != null && new ExitSearch(module, names).exits(name, DEPTH, new HashSet<>());
    }

    /**
     * True when the callable in tokens [first, last] is defined here and its body, or a function of
     * the module it calls, has a token that {@code reference} accepts (a use of a shared object).
     */
    public static boolean reaches(Module module, int first, int last, java.util.function.IntPredicate reference) {
        String name = definedName(module.tokens(), first, last);
        return name != null && reaches(module, definitionsByName(module), name, reference, DEPTH, new HashSet<>());
    }

    private static boolean reaches(Module module, Map<String, List<Statement>> defs, String function,
                                   java.util.function.IntPredicate reference, int depth, Set<String> seen) {
        if (!seen.add(function)) {
            return false;
        }
        TokenStream tokens = module.tokens();
        for (Statement def : defs.getOrDefault(function, List.of())) {
            for (int i = def.first(); i <= def.lastDeep(); i++) {
                if (reference.test(i)) {
                    return true;
                }
                boolean attribute = module.isAttributeAccess(i);
                if (tokens.kind(i) == TokenKind.NAME && depth > 0 && tokens.isOp(tokens.nextCode(i + 1), "(") && calledHere(module, i, attribute)
                        && reaches(module, defs, tokens.text(i), reference, depth - 1, seen)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The function's name for {@code f} or {@code self.f}, or null for other code (lambdas, calls). */
    private static String definedName(TokenStream tokens, int first, int last) {
        List<Token> code = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            if (tokens.kind(i).isCode()) {
                code.add(tokens.get(i));
            }
        }
        if (code.size() == 1 && code.get(0).kind() == TokenKind.NAME) {
            return code.get(0).text();
        }
        if (code.size() == 3 && (code.get(0).isName("self") || code.get(0).isName("cls")) && code.get(1).isOp(".")
                && code.get(2).kind() == TokenKind.NAME) {
            return code.get(2).text();
        }
        return null;
    }

    /** The module's defs (methods and nested functions too) by the name they bind, read in one walk. */
    private static Map<String, List<Statement>> definitionsByName(Module module) {
        Map<String, List<Statement>> byName = new HashMap<>();
        module.walk((s, parent) -> {
            if (s.kind() == StatementKind.DEF) {
                byName.computeIfAbsent(module.tokens().text(module.definitionName(s)), k -> new ArrayList<>()).add(s);
            }
        });
        return byName;
    }

    /** One question about one module: may this function end the program with a SystemExit? */
    private static final class ExitSearch {
        private final Module module;
        private final NameTable names;
        private final TokenStream tokens;
        private final Set<String> exitClasses;
        /** The module's defs by the name they bind: asked once per token. */
        private final Map<String, List<Statement>> defs;
        private List<String> handedOut;

        ExitSearch(Module module, NameTable names) {
            this.module = module;
            this.names = names;
            this.tokens = module.tokens();
            this.defs = definitionsByName(module);
            this.exitClasses = exitClasses();
        }

        boolean exits(String function, int depth, Set<String> seen) {
            if (!seen.add(function)) {
                return false;
            }
            for (Statement def : defs.getOrDefault(function, List.of())) {
                if (bodyExits(def, depth, seen)) {
                    return true;
                }
            }
            return false;
        }

        private boolean bodyExits(Statement def, int depth, Set<String> seen) {
            for (int i = def.first(); i <= def.lastDeep(); i++) {
                boolean called = tokens.isOp(tokens.nextCode(i + 1), "(");
                if (called && depth > 0 && callsWhatItWasHanded(i)) {
                    for (String handler : handedOut()) {
                        if (exits(handler, depth - 1, seen)) {
                            return true;
                        }
                    }
                }
                if (tokens.kind(i) != TokenKind.NAME) {
                    continue;
                }
                boolean attribute = module.isAttributeAccess(i);
                if (!attribute && exitClasses.contains(tokens.text(i)) && (tokens.isName(i, "SystemExit") ? names.lookup(i) == null : !names.isLocalAt(tokens.text(i), i))) {
                    return true;
                }
                if (!attribute && called && (tokens.isName(i, "exit") || tokens.isName(i, "quit")) && names.lookup(i) == null) {
                    return true;
                }
                if (!attribute && callsSysExit(module, names, i)) {
                    return true;
                }
                if (called && depth > 0 && calledHere(module, i, attribute)
                        && exits(tokens.text(i), depth - 1, seen)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A call of something the function was handed rather than one it names: a parameter or a
         * loop variable ({@code handler(signo)}), or an element ({@code handlers[signo](...)}).
         */
        private boolean callsWhatItWasHanded(int i) {
            if (tokens.isOp(i, "]")) {
                return true;
            }
            if (tokens.kind(i) != TokenKind.NAME || module.isAttributeAccess(i) || defs.containsKey(tokens.text(i))) {
                return false;
            }
            return names.lookup(i) instanceof dev.greenshift.names.Binding.Local && names.isLocalAt(tokens.text(i), i);
        }

        /**
         * The module's functions and methods that it hands out as values ({@code self._reload},
         * {@code on_term} as an argument or an element): whoever calls what it was handed may run them.
         */
        private List<String> handedOut() {
            if (handedOut == null) {
                Set<String> found = new java.util.LinkedHashSet<>();
                for (int i = 0; i < tokens.size(); i++) {
                    if (tokens.kind(i) != TokenKind.NAME || tokens.isOp(tokens.nextCode(i + 1), "(")) {
                        continue;
                    }
                    if (module.isDefinitionName(i)) {
                        continue;
                    }
                    if (defs.containsKey(tokens.text(i)) && calledHere(module, i, module.isAttributeAccess(i))) {
                        found.add(tokens.text(i));
                    }
                }
                handedOut = List.copyOf(found);
            }
            return handedOut;
        }

        /** SystemExit and the module's classes derived from it, directly or through each other. */
        private Set<String> exitClasses() {
            Set<String> exits = new HashSet<>(Set.of("SystemExit"));
            List<Statement> classes = new ArrayList<>();
            module.walk((s, parent) -> {
                if (s.kind() == StatementKind.CLASS) {
                    classes.add(s);
                }
            });
            boolean grew = true;
            while (grew) {
                grew = false;
                for (Statement c : classes) {
                    int name = module.definitionName(c);
                    int open = tokens.nextCode(name + 1);
                    if (exits.contains(tokens.text(name)) || !tokens.isOp(open, "(") || tokens.partner(open) < open) {
                        continue;
                    }
                    for (int[] base : NameTable.arguments(tokens, open)) {
                        if (base[0] == base[1] && exits.contains(tokens.text(base[0]))) {
                            exits.add(tokens.text(name));
                            grew = true;
                            break;
                        }
                    }
                }
            }
            return exits;
        }
    }

    private static boolean callsSysExit(Module module, NameTable names, int head) {
        List<Integer> chain = module.dottedChain(head);
        TokenStream tokens = module.tokens();
        return tokens.isOp(tokens.nextCode(chain.get(chain.size() - 1) + 1), "(")
                && "sys.exit".equals(names.qualify(chain));
    }

    /** A call to a plain name or to {@code self.name}: one this module may define. */
    private static boolean calledHere(Module module, int i, boolean attribute) {
        if (!attribute) {
            return true;
        }
        TokenStream tokens = module.tokens();
        int dot = tokens.previousCode(i - 1);
        int receiver = tokens.previousCode(dot - 1);
        return receiver >= 0 && (tokens.isName(receiver, "self") || tokens.isName(receiver, "cls"))
                && !module.isAttributeAccess(receiver);
    }
}
