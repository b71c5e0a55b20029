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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The match stage's entry: finds every place in a module where one of the compiled patterns
 * matches, on tokens and statements, resolving names through imports ({@link NameTable}). Text in
 * strings and comments never matches, except string literals that a STRING pattern asks for.
 */
public final class Matcher {
    private final List<Pattern> patterns;
    private final UnaryOperator<String> canonical;
    private final Map<String, List<Integer>> byKey = new HashMap<>();
    private final Set<String> methodNames = new HashSet<>();
    private final Set<String> roots = new HashSet<>();
    private final boolean hasText;

    /**
     * The bindings of a STRING match on {@code patch.object(module, 'name')}: the module argument and
     * the string that names the attribute (a match on a plain string target binds neither).
     */
    public static final String OWNER = "owner";
    public static final String ATTRIBUTE = "attribute";

    public Matcher(List<Pattern> patterns, UnaryOperator<String> canonical) {
        this.patterns = List.copyOf(patterns);
        this.canonical = canonical;
        this.hasText = patterns.stream().anyMatch(p -> p instanceof Pattern.Text);
        for (int i = 0; i < patterns.size(); i++) {
            Pattern p = patterns.get(i);
            // Patterns are indexed by canonical names, as code is resolved to them; string targets stay as written.
            String key = p instanceof Pattern.Text ? p.key()
                    : p instanceof Pattern.Call c && c.context() == Context.METHOD ? canonical.apply(c.callee()) + "#" + c.method()
                    : canonical.apply(p.key());
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            roots.add(p.key().split("\\.")[0]);
            if (p instanceof Pattern.Call c && c.method() != null) {
                methodNames.add(c.method());
            }
        }
    }

    /** The module names the patterns start with: a file that mentions none of them cannot match. */
    public Set<String> roots() {
        return roots;
    }

    public boolean couldMatch(String text) {
        for (String root : roots) {
            if (text.contains(root)) {
                return true;
            }
        }
        return false;
    }

    public List<Match> match(Module module, NameTable names) {
        return new Run(module, names).run();
    }

    /** The state of matching one module. */
    private final class Run {
        private final Module module;
        private final TokenStream tokens;
        private final NameTable names;
        private final Statement[] owner;
        private final List<Match> found = new ArrayList<>();

        Run(Module module, NameTable names) {
            this.module = module;
            this.tokens = module.tokens();
            this.names = names;
            this.owner = module.owners();
        }

        List<Match> run() {
            if (hasText) {
                matchObjectTargets();
            }
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.kind(i) == TokenKind.STRING) {
                    matchString(i);
                } else if (tokens.kind(i) == TokenKind.NAME && !module.isAttributeAccess(i) && !inImport(i)) {
                    matchChain(i);
                }
            }
            found.sort((a, b) -> a.pattern() != b.pattern() ? Integer.compare(a.pattern(), b.pattern())
                    : Integer.compare(a.start(), b.start()));
            return found;
        }

        /**
         * {@code patch.object(eventlet, 'sleep')}: a module passed as an argument with the name of
         * its attribute. It matches the STRING patterns of the qualified name it resolves to, and
         * covers the module argument through the string, both of which a rewrite replaces.
         */
        private void matchObjectTargets() {
            for (TestDoubles.Double d : TestDoubles.of(module, names)) {
                if (!d.object() || d.target() == null) {
                    continue;
                }
                List<Integer> candidates = byKey.get(d.target());
                if (candidates == null) {
                    candidates = byKey.get(canonical.apply(d.target()));
                }
                if (candidates == null) {
                    continue;
                }
                Span owner = Span.of(tokens.offset(d.targetFirst()), tokens.end(d.moduleLast()));
                Span attribute = Span.of(tokens.offset(d.nameToken()), tokens.end(d.nameToken()));
                for (int p : candidates) {
                    if (patterns.get(p) instanceof Pattern.Text) {
                        add(p, owner.start(), attribute.end(), d.targetFirst(), Map.of(OWNER, List.of(owner), ATTRIBUTE, List.of(attribute)),
                                d.targetFirst());
                    }
                }
            }
        }

        private boolean inImport(int i) {
            Statement s = owner[i];
            return s != null && s.kind().isImport();
        }

        private void matchString(int i) {
            String body = dev.greenshift.lex.StringLiterals.plainContent(tokens.text(i));
            if (body == null) {
                return;
            }
            if (!inPatchCall(i)) {
                return;
            }
            List<Integer> candidates = byKey.get(body);
            if (candidates == null) {
                // A project's own re-export ('myapp.utils.sleep' for eventlet.sleep) names the same function.
                candidates = byKey.get(canonical.apply(body));
            }
            if (candidates == null) {
                return;
            }
            for (int p : candidates) {
                if (patterns.get(p) instanceof Pattern.Text) {
                    int quote = tokens.text(i).indexOf(body.isEmpty() ? "" : body);
                    add(p, tokens.offset(i) + quote, tokens.offset(i) + quote + body.length(), i, Map.of(), i);
                }
            }
        }

        /**
         * A target string is an argument of a test double: mock.patch, patch.object, MockPatch,
         * MonkeyPatch, stub_out. Other strings that spell a library name (a logger called
         * 'eventlet.wsgi.server') are not targets.
         */
        private boolean inPatchCall(int i) {
            int depth = 0;
            for (int j = i - 1; j >= 0; j--) {
                if (tokens.closesBracket(j)) {
                    depth++;
                } else if (tokens.opensBracket(j)) {
                    if (depth-- > 0) {
                        continue;
                    }
                    int callee = tokens.previousCode(j - 1);
                    if (!tokens.isOp(j, "(") || callee < 0 || tokens.kind(callee) != TokenKind.NAME) {
                        return false;
                    }
                    String name = tokens.text(callee).toLowerCase(java.util.Locale.ROOT);
                    return name.contains("patch") || name.contains("stub");
                } else if (tokens.kind(j) == TokenKind.NEWLINE) {
                    return false;
                }
            }
            return false;
        }

        private void matchChain(int head) {
            boolean imported = names.mayBeImported(tokens.text(head));
            if (!imported && methodNames.isEmpty()) {
                return;
            }
            List<Integer> chain = module.dottedChain(head);
            String full = imported ? names.qualify(chain) : null;
            if (full == null) {
                matchMethod(chain);
                return;
            }
            int after = tokens.nextCode(chain.get(chain.size() - 1) + 1);
            boolean called = tokens.isOp(after, "(") && tokens.partner(after) > after;
            for (int k = chain.size(); k >= 1; k--) {
                String q = canonical.apply(names.qualify(chain.subList(0, k)));
                List<Integer> candidates = byKey.get(q);
                if (candidates == null) {
                    continue;
                }
                boolean isCallee = k == chain.size() && called;
                for (int p : candidates) {
                    Pattern pattern = patterns.get(p);
                    if (pattern instanceof Pattern.Call call && isCallee && call.context() != Context.METHOD) {
                        matchCall(p, call, head, after, null);
                    } else if (pattern instanceof Pattern.Name name && (!isCallee || name.context() == Context.IMPORT)) {
                        matchName(p, name, head, chain.get(k - 1));
                    }
                }
            }
        }

        private void matchName(int p, Pattern.Name pattern, int head, int last) {
            if (pattern.context() == Context.DECORATOR) {
                Statement s = owner[head];
                int prev = tokens.previousCode(head - 1);
                if (s == null || s.kind() != StatementKind.DECORATOR || !tokens.isOp(prev, "@") || s.last() != last) {
                    return;
                }
            }
            add(p, tokens.offset(head), tokens.end(last), head, Map.of(), head);
        }

        private void matchMethod(List<Integer> chain) {
            if (chain.size() < 2 || chain.size() > 3) {
                return;
            }
            String method = tokens.text(chain.get(chain.size() - 1));
            if (!methodNames.contains(method)) {
                return;
            }
            int after = tokens.nextCode(chain.get(chain.size() - 1) + 1);
            if (!tokens.isOp(after, "(") || tokens.partner(after) < after) {
                return;
            }
            List<Integer> receiver = chain.subList(0, chain.size() - 1);
            String type = constructorOf(names.assignedValues(receiver));
            if (type == null) {
                return;
            }
            List<Integer> candidates = byKey.get(type + "#" + method);
            if (candidates == null) {
                return;
            }
            Span receiverSpan = Span.of(tokens.offset(receiver.get(0)), tokens.end(receiver.get(receiver.size() - 1)));
            for (int p : candidates) {
                matchCall(p, (Pattern.Call) patterns.get(p), chain.get(0), after, receiverSpan);
            }
        }

        /** The canonical constructor every assigned value calls (None aside), or null. */
        private String constructorOf(List<int[]> values) {
            return NameTable.sameCallee(tokens, values, this::callee);
        }

        /** The call spanning exactly [first, last], with its canonical callee, or null. */
        CallSite callAt(int first, int last) {
            int open = tokens.partner(last);
            if (open < first || !tokens.isOp(last, ")")) {
                return null;
            }
            String callee = callee(first, last);
            return callee == null ? null : new CallSite(callee, open, last, canonical);
        }

        private String callee(int from, int to) {
            if (tokens.kind(from) != TokenKind.NAME) {
                return null;
            }
            List<Integer> chain = module.dottedChain(from);
            int open = tokens.nextCode(chain.get(chain.size() - 1) + 1);
            if (!tokens.isOp(open, "(") || tokens.partner(open) != to) {
                return null;
            }
            String q = names.qualify(chain);
            return q == null ? null : canonical.apply(q);
        }

        private void matchCall(int p, Pattern.Call pattern, int head, int open, Span receiver) {
            int close = tokens.partner(open);
            Map<String, List<Span>> bindings = new LinkedHashMap<>();
            if (receiver != null) {
                bindings.put("receiver", List.of(receiver));
            }
            if (!Arguments.match(tokens, open, close, pattern.args(), bindings, this::callAt)) {
                return;
            }
            Statement s = owner[head];
            int start = tokens.offset(head);
            int end = tokens.end(close);
            switch (pattern.context()) {
                case STATEMENT -> {
                    if (s == null || s.kind() != StatementKind.EXPRESSION || s.first() != head || s.last() != close) {
                        return;
                    }
                }
                case ASSIGNMENT -> {
                    int[] target = assignmentTarget(s, head, close);
                    if (target == null) {
                        return;
                    }
                    bindings.put(pattern.target(), List.of(Span.of(tokens.offset(target[0]), tokens.end(target[1]))));
                    start = tokens.offset(s.first());
                }
                case WITH -> {
                    int prev = tokens.previousCode(head - 1);
                    if (s == null || s.kind() != StatementKind.WITH
                            || !(tokens.isName(prev, "with") || tokens.isOp(prev, ",") || tokens.isOp(prev, "("))) {
                        return;
                    }
                }
                case DECORATOR -> {
                    int prev = tokens.previousCode(head - 1);
                    if (s == null || s.kind() != StatementKind.DECORATOR || !tokens.isOp(prev, "@") || s.last() != close) {
                        return;
                    }
                }
                default -> { }
            }
            add(p, start, end, head, bindings, head);
        }

        /** [first, last] tokens of the single target of 'target = <call>' when the call is the whole value. */
        private int[] assignmentTarget(Statement s, int head, int close) {
            if (s == null || s.kind() != StatementKind.ASSIGNMENT || s.last() != close) {
                return null;
            }
            int eq = tokens.previousCode(head - 1);
            if (eq < s.first() || !tokens.isOp(eq, "=")) {
                return null;
            }
            for (int i = s.first(); i < eq; i++) {
                Token t = tokens.get(i);
                if (t.opensBracket() && tokens.partner(i) > i) {
                    i = tokens.partner(i);
                } else if (t.isOp("=") || t.isOp(",") || t.isOp(":")) {
                    return null;
                }
            }
            return new int[] {s.first(), tokens.previousCode(eq - 1)};
        }

        private void add(int p, int start, int end, int anchor, Map<String, List<Span>> bindings, int lineToken) {
            found.add(new Match(p, start, end, anchor, bindings, owner[lineToken], tokens.line(lineToken), tokens.column(lineToken)));
        }
    }
}
