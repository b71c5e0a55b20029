package dev.greenshift.audit;

import dev.greenshift.audit.FileFacts.Candidate;
import dev.greenshift.audit.FileFacts.Form;
import dev.greenshift.audit.FileFacts.Ref;
import dev.greenshift.audit.FileFacts.Shape;
import dev.greenshift.audit.FileFacts.Target;
import dev.greenshift.lex.Token;
import dev.greenshift.lex.TokenKind;
import dev.greenshift.lex.TokenStream;
import dev.greenshift.names.Binding;
import dev.greenshift.names.ImportedName;
import dev.greenshift.names.ModuleLocation;
import dev.greenshift.names.NameTable;
import dev.greenshift.recipe.Category;
import dev.greenshift.recipe.RecipeSet;
import dev.greenshift.recipe.Safety;
import dev.greenshift.engine.Attribution;
import dev.greenshift.syntax.Module;
import dev.greenshift.syntax.Statement;
import dev.greenshift.syntax.StatementKind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one Python file for the audit. Names are resolved exactly as the engine resolves them
 * ({@link NameTable}), so text in comments, docstrings and strings never counts, and the recipe
 * of a use is the one the engine's {@link Matcher} would apply at that very token.
 */
final class PythonScan {
    /** Environment variables about Eventlet: EVENTLET_NO_GREENDNS, OS_NOVA_DISABLE_EVENTLET_PATCHING, USE_EVENTLET. */
    static final java.util.regex.Pattern ENV_VAR =
            java.util.regex.Pattern.compile("(?:[A-Z0-9]+_)+EVENTLET(?:_[A-Z0-9]+)*|EVENTLET(?:_[A-Z0-9]+)+");
    /** Configuration option names about Eventlet (oslo.service's eventlet_debug, eventlet_tpool_num_threads). */
    static final java.util.regex.Pattern OPTION_NAME = java.util.regex.Pattern.compile("eventlet_[a-z0-9_]+");
    /**
     * Keywords, assignment targets and dict keys whose value 'eventlet' selects Eventlet as a setting:
     * oslo.messaging's executor, gunicorn's worker_class, a concurrency backend option, and an option
     * definition's default and choices. The bare string elsewhere (a warnings filter's module, a
     * check of sys.modules, a comparison) is code about Eventlet, not configuration.
     */
    private static final Set<String> SETTINGS = Set.of("executor", "rpc_executor", "worker_class", "worker-class",
            "concurrency_backend", "default", "choices", "hub");
    private static final java.util.regex.Pattern REQUIREMENT =
            java.util.regex.Pattern.compile("eventlet\\s*(\\[[^\\]]*\\])?\\s*([<>=!~;].*)?");
    /** A function this short (docstring aside) that passes its parameters on to Eventlet wraps it. */
    private static final int SHORT_BODY = 3;
    /** Keys Eventlet's WSGI server puts in the environ: reading them ties the app to that server. */
    private static final Set<String> WSGI_ENVIRON = Set.of("eventlet.input", "eventlet.posthooks", "eventlet.set_idle");
    /** Calls whose first argument names what a test replaces: mock, fixtures and oslotest helpers, nova's stub_out. */
    private static final Set<String> PATCHERS = Set.of("patch", "MockPatch", "MockPatchObject", "MonkeyPatch", "setattr", "stub_out");
    /** Calls that import a module named by a string. */
    private static final Set<String> DYNAMIC_IMPORTS = Set.of("importlib.import_module", "__import__");

    private final RecipeSet recipes;
    private final Set<String> projectRoots;

    PythonScan(RecipeSet recipes, Set<String> projectRoots) {
        this.recipes = recipes;
        this.projectRoots = projectRoots;
    }

    /**
     * {@code attributions}: what the engine's rewrite of this very file does, span by span; the recipe of
     * a use is the one whose edit (or, failing that, flag) holds it, so the audit says what {@code diff} does.
     */
    FileFacts scan(Module module, List<Attribution> attributions, String path, String moduleName, boolean packageInit) {
        return new Run(module, attributions, path, moduleName, packageInit).run();
    }

    boolean isProject(String qualified) {
        int dot = qualified.indexOf('.');
        return projectRoots.contains(dot < 0 ? qualified : qualified.substring(0, dot));
    }

    /** The state of reading one file. */
    private final class Run {
        private final String path;
        private final String moduleName;
        private final boolean packageInit;
        private final Module module;
        private final TokenStream tokens;
        private final NameTable names;
        private final Statement[] owner;
        private final List<Statement> top;
        private final int[] topStart;
        private final List<Attribution> attributions;
        private final Set<String> localDefs = new HashSet<>();
        private final Set<String> trackedReceivers = new HashSet<>();
        /** Containers filled with objects an Eventlet constructor made: {@code self._events[key] = Event()}, {@code q.append(Event())}. */
        private final Map<String, String> containers = new HashMap<>();
        private final BitSet consumed = new BitSet();
        private final List<Usage> direct = new ArrayList<>();
        private final List<Ref> refs = new ArrayList<>();
        private final Map<Integer, List<Target>> targetsOfTop = new LinkedHashMap<>();
        private final List<Target> moduleLevel = new ArrayList<>();

        Run(Module module, List<Attribution> attributions, String path, String moduleName, boolean packageInit) {
            this.path = path;
            this.moduleName = moduleName;
            this.packageInit = packageInit;
            this.module = module;
            this.attributions = attributions;
            this.tokens = module.tokens();
            // The one resolver, told where the module sits: relative imports come back absolute.
            this.names = NameTable.of(module, new ModuleLocation(moduleName, packageInit));
            this.owner = module.owners();
            this.top = module.body().statements();
            this.topStart = new int[top.size()];
            for (int i = 0; i < top.size(); i++) {
                topStart[i] = top.get(i).firstWithDecorators();
            }
        }

        FileFacts run() {
            collectDefinitions();
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.kind(i) == TokenKind.STRING && !consumed.get(i)) {
                    string(i);
                } else if (tokens.kind(i) == TokenKind.NAME && !module.isAttributeAccess(i) && !inImport(i)) {
                    chain(i);
                }
            }
            sideEffectImports();
            List<Candidate> candidates = new ArrayList<>();
            imports(candidates);
            aliases(candidates);
            for (Map.Entry<Integer, List<Target>> e : targetsOfTop.entrySet()) {
                Statement s = top.get(e.getKey());
                Form form = s.kind() == StatementKind.CLASS ? Form.CLASS : Form.FUNCTION;
                candidates.add(new Candidate(moduleName + "." + definedName(s), form, s.line(), path, e.getValue()));
            }
            if (!moduleLevel.isEmpty()) {
                candidates.add(new Candidate(moduleName, Form.MODULE, 1, path, moduleLevel));
            }
            return new FileFacts(path, moduleName, hasMainGuard(), direct, refs, candidates);
        }

        // ---- definitions and candidates ------------------------------------------------

        private void collectDefinitions() {
            for (Statement s : top) {
                if (s.kind() == StatementKind.DEF || s.kind() == StatementKind.CLASS) {
                    localDefs.add(definedName(s));
                }
            }
            module.walk((s, parent) -> {
                if (s.kind() != StatementKind.ASSIGNMENT) {
                    return;
                }
                int eq = firstEquals(s);
                if (eq < 0) {
                    return;
                }
                int value = tokens.nextCode(eq + 1);
                if (tokens.kind(value) == TokenKind.NAME && (names.mayBeImported(tokens.text(value)) || localDefs.contains(tokens.text(value)))) {
                    trackedReceivers.add(tokens.text(tokens.previousCode(eq - 1)));
                }
                int close = tokens.previousCode(eq - 1);
                if (tokens.isOp(close, "]") && tokens.kind(s.first()) == TokenKind.NAME) {
                    List<Integer> container = module.dottedChain(s.first());
                    String ctor = callOf(value, s.last());
                    if (ctor != null && container.get(container.size() - 1) == tokens.previousCode(tokens.partner(close) - 1)) {
                        containers.put(dotted(container), ctor);
                    }
                }
            });
            module.walk((s, parent) -> {
                if (s.kind() != StatementKind.EXPRESSION || tokens.kind(s.first()) != TokenKind.NAME) {
                    return;
                }
                List<Integer> chain = module.dottedChain(s.first());
                int open = tokens.nextCode(chain.get(chain.size() - 1) + 1);
                if (chain.size() >= 2 && tokens.isName(chain.get(chain.size() - 1), "append") && tokens.isOp(open, "(")) {
                    String ctor = callOf(tokens.nextCode(open + 1), tokens.previousCode(tokens.partner(open) - 1));
                    if (ctor != null) {
                        containers.put(dotted(chain.subList(0, chain.size() - 1)), ctor);
                    }
                }
            });
        }

        /** The constructor called when the tokens from..to are exactly one call ({@code eventlet.event.Event()}), or null. */
        private String callOf(int from, int to) {
            if (from < 0 || to < from || tokens.kind(from) != TokenKind.NAME) {
                return null;
            }
            List<Integer> callee = module.dottedChain(from);
            int open = tokens.nextCode(callee.get(callee.size() - 1) + 1);
            if (!tokens.isOp(open, "(") || tokens.partner(open) != to) {
                return null;
            }
            String q = qualifyAnywhere(callee);
            return q != null && (ApiCatalogue.isEventlet(q) || isProject(q)) ? q : null;
        }

        private int firstEquals(Statement s) {
            for (int i = s.first(); i <= s.last(); i++) {
                Token t = tokens.get(i);
                if (t.opensBracket() && tokens.partner(i) > i) {
                    i = tokens.partner(i);
                } else if (t.isOp("=")) {
                    return i;
                }
            }
            return -1;
        }

        private String definedName(Statement s) {
            int i = s.first();
            while (i < s.last() && !tokens.isName(i, "def") && !tokens.isName(i, "class")) {
                i++;
            }
            return tokens.text(tokens.nextCode(i + 1));
        }

        /** Module-level imports of Eventlet or project names re-export them; every project import may run module code. */
        private void imports(List<Candidate> candidates) {
            for (ImportedName im : names.imports()) {
                String q = im.qualified();
                if (isProject(q) && !isEventletRoot(q)) {
                    refs.add(new Ref(q, null, Shape.IMPORT, usageAt(im.first(), q, Category.MONKEY_PATCHING)));
                }
                if (topIndex(im.first()) >= 0 && isDefinition(top.get(topIndex(im.first())))) {
                    continue;
                }
                boolean plainImport = im.statement().kind() == StatementKind.IMPORT && q.startsWith(im.boundName())
                        && (q.length() == im.boundName().length() || q.charAt(im.boundName().length()) == '.');
                String target = plainImport ? im.boundName() : q;
                if (ApiCatalogue.isEventlet(target) || isProject(target)) {
                    candidates.add(new Candidate(moduleName + "." + im.boundName(), Form.REEXPORT,
                            tokens.line(im.first()), path, List.of(new Target(canonical(target), true))));
                }
            }
        }

        /**
         * {@code import eventlet.support.greendns} with nothing of it used afterwards: imported for what importing
         * it does (green DNS, a hub), which is a use too.
         */
        private void sideEffectImports() {
            for (ImportedName im : names.imports()) {
                String q = im.qualified();
                if (im.statement().kind() != StatementKind.IMPORT || !q.startsWith("eventlet.") || !q.startsWith(im.boundName())
                        || q.equals(im.boundName()) && !q.contains(".")) {
                    continue;
                }
                String symbol = canonical(q);
                if (direct.stream().noneMatch(u -> u.symbol().equals(symbol) || u.symbol().startsWith(symbol + ".")
                        || u.symbol().startsWith(q + "."))) {
                    int at = im.first();
                    while (at < im.statement().last() && !tokens.isName(at, "eventlet")) {
                        at++;
                    }
                    use(at, symbol, null);
                }
            }
        }

        /** {@code sleep = eventlet.sleep} at module level. */
        private void aliases(List<Candidate> candidates) {
            for (Statement s : top) {
                if (s.kind() != StatementKind.ASSIGNMENT || tokens.kind(s.first()) != TokenKind.NAME) {
                    continue;
                }
                int eq = tokens.nextCode(s.first() + 1);
                if (!tokens.isOp(eq, "=")) {
                    continue;
                }
                List<Integer> chain = module.dottedChain(tokens.nextCode(eq + 1));
                if (chain.get(chain.size() - 1) != s.last() || !names.mayBeImported(tokens.text(chain.get(0)))) {
                    continue;
                }
                String q = names.qualify(chain);
                if (q == null) {
                    continue;
                }
                if (ApiCatalogue.isEventlet(q) || isProject(q)) {
                    candidates.add(new Candidate(moduleName + "." + tokens.text(s.first()), Form.ALIAS, s.line(), path,
                            List.of(new Target(canonical(q), true))));
                }
            }
        }

        private boolean hasMainGuard() {
            for (Statement s : top) {
                if (s.kind() != StatementKind.IF) {
                    continue;
                }
                String header = tokens.textOf(s.first(), s.last());
                if (header.contains("__name__") && header.contains("__main__")) {
                    return true;
                }
            }
            return false;
        }

        // ---- code ------------------------------------------------------------------------

        private void chain(int head) {
            List<Integer> chain = module.dottedChain(head);
            String headText = tokens.text(head);
            boolean imported = names.mayBeImported(headText);
            boolean local = localDefs.contains(headText);
            int last = chain.get(chain.size() - 1);
            Binding b = imported || local || trackedReceivers.contains(receiverName(chain)) ? names.lookup(head) : null;
            if (b instanceof Binding.Ambiguous) {
                // Bound to Eventlet on some path (try: from eventlet import sleep / except: from time import sleep): an Eventlet name.
                names.qualifyOnSomePath(chain).stream().filter(ApiCatalogue::isEventlet).findFirst()
                        .filter(q -> !q.equals("eventlet")).ifPresent(q -> use(head, canonical(q), null));
            } else if (b instanceof Binding.Imported) {
                String q = names.qualify(chain);
                if (ApiCatalogue.isEventlet(q)) {
                    if (!q.equals("eventlet") && !(chain.size() == 1 && availabilityOnly(head))) {
                        use(head, canonical(q), null);
                    }
                } else if (isProject(q)) {
                    ref(head, q, null, Shape.USE, Category.GREEN_THREADS);
                }
            } else if (b instanceof Binding.Local && local && b == names.moduleBinding(headText) && !module.isDefinitionName(head)) {
                ref(head, moduleName + "." + dotted(chain), null, Shape.USE, Category.GREEN_THREADS);
            } else if (b instanceof Binding.Local && chain.size() >= 2 && chain.size() <= 3) {
                method(chain);
            }
            int open = tokens.nextCode(last + 1);
            if (tokens.isOp(open, "(") && isPatcher(chain)) {
                patchArguments(open, tokens.text(last));
            }
            if (tokens.isOp(open, "(") && isDynamicImport(chain, b)) {
                dynamicImport(open);
            }
            if (tokens.isOp(open, "[") && !containers.isEmpty()) {
                element(head, chain, open);
            }
        }

        private boolean isDynamicImport(List<Integer> chain, Binding b) {
            if (chain.size() == 1 && tokens.isName(chain.get(0), "__import__")) {
                return !(b instanceof Binding.Local);
            }
            return b instanceof Binding.Imported && DYNAMIC_IMPORTS.contains(names.qualify(chain));
        }

        /** {@code importlib.import_module('eventlet.hubs')}: the module named by the string is used. */
        private void dynamicImport(int open) {
            int first = tokens.nextCode(open + 1);
            String body = tokens.kind(first) == TokenKind.STRING
                    ? dev.greenshift.lex.StringLiterals.plainContent(tokens.text(first)) : null;
            if (body != null && isDottedName(body) && ApiCatalogue.isEventlet(body)) {
                consumed.set(first);
                use(first, canonical(body), null);
            }
        }

        /** {@code self._events[key].send(v)}: a method on an element of a container of Eventlet objects. */
        private void element(int head, List<Integer> chain, int open) {
            String ctor = containers.get(dotted(chain));
            int dot = tokens.nextCode(tokens.partner(open) + 1);
            int member = dot < 0 ? -1 : tokens.nextCode(dot + 1);
            if (ctor == null || !tokens.isOp(dot, ".") || tokens.kind(member) != TokenKind.NAME) {
                return;
            }
            String name = tokens.text(member);
            if (ApiCatalogue.isEventlet(ctor)) {
                String type = ApiCatalogue.returnType(canonical(ctor));
                if (type != null) {
                    use(head, type + "." + name, null);
                }
            } else {
                ref(head, ctor, name, Shape.METHOD, Category.GREEN_THREADS);
            }
        }

        private String receiverName(List<Integer> chain) {
            return chain.size() < 2 ? "" : tokens.text(chain.get(chain.size() - 2));
        }

        private void method(List<Integer> chain) {
            List<Integer> receiver = chain.subList(0, chain.size() - 1);
            String ctor = constructorOf(names.assignedValues(receiver));
            if (ctor == null) {
                return;
            }
            String member = tokens.text(chain.get(chain.size() - 1));
            int head = chain.get(0);
            if (ApiCatalogue.isEventlet(ctor)) {
                String type = ApiCatalogue.returnType(ctor);
                if (type != null) {
                    use(head, type + "." + member, null);
                }
            } else if (isProject(ctor)) {
                ref(head, ctor, member, Shape.METHOD, Category.GREEN_THREADS);
            }
        }

        /** The absolute (and, for Eventlet, canonical) callee every assigned value calls, None aside; or null. */
        private String constructorOf(List<int[]> values) {
            return NameTable.sameCallee(tokens, values, (from, to) -> {
                if (tokens.kind(from) != TokenKind.NAME) {
                    return null;
                }
                List<Integer> callee = module.dottedChain(from);
                int open = tokens.nextCode(callee.get(callee.size() - 1) + 1);
                return tokens.isOp(open, "(") && tokens.partner(open) == to ? qualifyAnywhere(callee) : null;
            });
        }

        private String qualifyAnywhere(List<Integer> chain) {
            String headText = tokens.text(chain.get(0));
            if (names.mayBeImported(headText) && names.lookup(chain.get(0)) instanceof Binding.Imported) {
                String q = names.qualify(chain);
                return ApiCatalogue.isEventlet(q) ? canonical(q) : q;
            }
            if (localDefs.contains(headText) && names.lookup(chain.get(0)) == names.moduleBinding(headText)) {
                return moduleName + "." + dotted(chain);
            }
            return null;
        }

        private boolean isPatcher(List<Integer> chain) {
            String last = tokens.text(chain.get(chain.size() - 1));
            if (last.equals("object")) {
                return chain.size() >= 2 && tokens.isName(chain.get(chain.size() - 2), "patch");
            }
            return PATCHERS.contains(last);
        }

        /** {@code patch('eventlet.sleep')} and {@code patch.object(eventlet, 'sleep')}: the patched name is a use, kind tests. */
        private void patchArguments(int open, String patcher) {
            int first = tokens.nextCode(open + 1);
            if (tokens.kind(first) == TokenKind.STRING) {
                String body = dev.greenshift.lex.StringLiterals.plainContent(tokens.text(first));
                if (body != null && isDottedName(body)) {
                    patchTarget(first, body);
                }
                return;
            }
            if (tokens.kind(first) != TokenKind.NAME || patcher.equals("patch") || patcher.equals("MockPatch")) {
                return;
            }
            List<Integer> object = module.dottedChain(first);
            int comma = tokens.nextCode(object.get(object.size() - 1) + 1);
            int attr = tokens.nextCode(comma + 1);
            if (!tokens.isOp(comma, ",") || tokens.kind(attr) != TokenKind.STRING) {
                return;
            }
            String body = dev.greenshift.lex.StringLiterals.plainContent(tokens.text(attr));
            String q = qualifyAnywhere(object);
            if (body != null && q != null && isDottedName(body)) {
                patchTarget(attr, q + "." + body);
            }
        }

        private void patchTarget(int stringToken, String target) {
            if (ApiCatalogue.isEventlet(target)) {
                consumed.set(stringToken);
                use(stringToken, canonical(target), Category.TESTS);
            } else if (isProject(target)) {
                consumed.set(stringToken);
                ref(stringToken, target, null, Shape.PATCH, Category.TESTS);
            }
        }

        /** Strings that name Eventlet as a value: {@code executor='eventlet'}, EVENTLET_* variables, setup.py requirements. */
        private void string(int i) {
            String body = dev.greenshift.lex.StringLiterals.plainContent(tokens.text(i));
            if (body == null) {
                return;
            }
            if (WSGI_ENVIRON.contains(body)) {
                use(i, "eventlet.wsgi." + body.substring("eventlet.".length()), Category.WSGI_SERVER);
            } else if (body.equals("eventlet")) {
                String setting = settingOf(i);
                if (setting != null && SETTINGS.contains(setting)) {
                    use(i, setting + "=eventlet", Category.CONFIG);
                }
            } else if (ENV_VAR.matcher(body).matches() || OPTION_NAME.matcher(body).matches()) {
                use(i, body, Category.CONFIG);
            } else if (path.endsWith("setup.py") && REQUIREMENT.matcher(body).matches()) {
                use(i, "eventlet", Category.DEPENDENCY);
            }
        }

        /**
         * The name a value at {@code token} is given to: the keyword of the call argument, the dict key or
         * the assignment target it is (or is an element of a list, tuple or dict that is) the value of;
         * null for a positional argument, an operand or a def's parameter default.
         */
        private String settingOf(int token) {
            if (owner[token] != null && (owner[token].kind() == StatementKind.DEF || owner[token].kind() == StatementKind.CLASS)) {
                return null;
            }
            int at = token;
            for (int level = 0; level < 4; level++) {
                int open = enclosingOpen(at);
                int start = elementStart(open, at);
                int next = tokens.nextCode(start + 1);
                if (tokens.kind(start) == TokenKind.NAME && tokens.isOp(next, "=")) {
                    return open < 0 ? assignmentTarget(start) : tokens.text(start);
                }
                if (tokens.kind(start) == TokenKind.STRING && tokens.isOp(next, ":") && open >= 0 && tokens.isOp(open, "{")) {
                    return dev.greenshift.lex.StringLiterals.plainContent(tokens.text(start));
                }
                if (open < 0) {
                    return null;
                }
                boolean container = tokens.isOp(open, "[") || tokens.isOp(open, "{") || !isCallOrDef(open);
                if (!container) {
                    return null;
                }
                at = open;
            }
            return null;
        }

        private boolean isCallOrDef(int open) {
            int prev = tokens.previousCode(open - 1);
            Token p = prev < 0 ? null : tokens.get(prev);
            return p != null && (p.kind() == TokenKind.NAME && !p.isName("in") && !p.isName("return") && !p.isName("and")
                    && !p.isName("or") && !p.isName("not") && !p.isName("if") && !p.isName("else")
                    || p.closesBracket());
        }

        /** The opening bracket that encloses {@code token} within its statement, or -1. */
        private int enclosingOpen(int token) {
            Statement own = owner[token];
            int floor = own == null ? 0 : own.first();
            for (int i = tokens.previousCode(token - 1); i >= floor && i >= 0; i = tokens.previousCode(i - 1)) {
                Token t = tokens.get(i);
                if (t.closesBracket()) {
                    i = tokens.partner(i);
                } else if (t.opensBracket()) {
                    return i;
                }
            }
            return -1;
        }

        /** The first token of the comma-separated element that holds {@code token}, inside {@code open} (or the statement). */
        private int elementStart(int open, int token) {
            Statement own = owner[token];
            int floor = open >= 0 ? open + 1 : own == null ? 0 : own.first();
            int start = token;
            for (int i = tokens.previousCode(token - 1); i >= floor && i >= 0; i = tokens.previousCode(i - 1)) {
                Token t = tokens.get(i);
                if (t.closesBracket()) {
                    i = tokens.partner(i);
                    start = i;
                } else if (t.isOp(",")) {
                    break;
                } else {
                    start = i;
                }
            }
            return start;
        }

        /** For {@code executor = 'eventlet'} at statement level: the target's last name; null for other statements. */
        private String assignmentTarget(int start) {
            Statement own = owner[start];
            return own != null && own.kind() == StatementKind.ASSIGNMENT ? tokens.text(start) : null;
        }

        // ---- recording ---------------------------------------------------------------------

        private void use(int token, String symbol, Category forcedKind) {
            Category kind = forcedKind != null ? forcedKind : ApiCatalogue.kindOf(symbol);
            Attribution r = attributionAt(token);
            Usage u = new Usage(path, tokens.line(token), tokens.column(token) + 1, symbol, kind, 1,
                    r == null ? null : r.recipe(), safety(r), snippet(token), guard(token), scopeName(token));
            direct.add(u);
            if (forcedKind == null) {
                target(token, symbol);
            }
        }

        private void ref(int token, String qualified, String member, Shape shape, Category kind) {
            refs.add(new Ref(qualified, member, shape, usageAt(token, qualified, kind)));
            if (shape == Shape.USE) {
                target(token, qualified);
            }
        }

        private Usage usageAt(int token, String symbol, Category kind) {
            Attribution r = attributionAt(token);
            return new Usage(path, tokens.line(token), tokens.column(token) + 1, symbol, kind, 1, r == null ? null : r.recipe(), safety(r),
                    snippet(token), guard(token), scopeName(token));
        }

        /** The innermost rewrite that holds the token; else the innermost flag; else null (no recipe touches it). */
        private Attribution attributionAt(int token) {
            int offset = tokens.offset(token);
            Attribution edit = null;
            Attribution flag = null;
            for (Attribution a : attributions) {
                if (!a.covers(offset)) {
                    continue;
                }
                if (a.flagged()) {
                    flag = flag == null || a.end() - a.start() < flag.end() - flag.start() ? a : flag;
                } else {
                    edit = edit == null || a.end() - a.start() < edit.end() - edit.start() ? a : edit;
                }
            }
            return edit != null ? edit : flag;
        }

        /** A flagged spot is left for a human whatever the recipe's level: manual. */
        private static Safety safety(Attribution a) {
            return a == null ? null : a.flagged() ? Safety.MANUAL : a.safety();
        }

        /** Remembers what the enclosing top-level definition (or the module body) refers to. */
        private void target(int token, String qualified) {
            int ti = topIndex(token);
            Statement s = ti < 0 ? null : top.get(ti);
            if (s == null || !isDefinition(s)) {
                moduleLevel.add(new Target(qualified, false));
                return;
            }
            boolean wrapping;
            if (s.kind() == StatementKind.CLASS) {
                wrapping = token >= s.first() && token <= s.last();
            } else {
                wrapping = forwards(s, owner[token]);
            }
            targetsOfTop.computeIfAbsent(ti, k -> new ArrayList<>()).add(new Target(qualified, wrapping));
        }

        /**
         * Whether a use in statement {@code own} makes the function {@code def} a wrapper: the use is
         * returned, or assigned to a name the function returns, or (in a short function) the
         * statement passes the function's own parameters on.
         */
        private boolean forwards(Statement def, Statement own) {
            if (own == null) {
                return false;
            }
            if (own.kind() == StatementKind.RETURN) {
                return true;
            }
            if (own.kind() == StatementKind.ASSIGNMENT && tokens.kind(own.first()) == TokenKind.NAME
                    && returnsName(def, tokens.text(own.first()))) {
                return true;
            }
            if (codeStatements(def) > SHORT_BODY) {
                return false;
            }
            Set<String> params = parameters(def);
            for (int i = own.first(); i <= own.last(); i++) {
                if (tokens.kind(i) == TokenKind.NAME && params.contains(tokens.text(i))) {
                    return true;
                }
            }
            return false;
        }

        private boolean returnsName(Statement def, String name) {
            boolean[] found = {false};
            walkBody(def.children(), r -> {
                if (r.kind() == StatementKind.RETURN && r.last() == tokens.nextCode(r.first() + 1)
                        && tokens.isName(r.last(), name)) {
                    found[0] = true;
                }
            });
            return found[0];
        }

        private void walkBody(List<Statement> body, java.util.function.Consumer<Statement> visit) {
            for (Statement st : body) {
                visit.accept(st);
                if (st.kind() != StatementKind.DEF && st.kind() != StatementKind.CLASS) {
                    walkBody(st.children(), visit);
                }
            }
        }

        /** The parameter names of a def (self and cls aside). */
        private Set<String> parameters(Statement def) {
            Set<String> params = new HashSet<>();
            int open = def.first();
            while (open < def.last() && !tokens.isOp(open, "(")) {
                open++;
            }
            int close = tokens.partner(open);
            for (int i = open + 1; i < close && close > 0; i++) {
                if (tokens.kind(i) != TokenKind.NAME) {
                    continue;
                }
                Token prev = tokens.get(tokens.previousCode(i - 1));
                if (prev.isOp("(") || prev.isOp(",") || prev.isOp("*") || prev.isOp("**")) {
                    params.add(tokens.text(i));
                }
            }
            params.remove("self");
            params.remove("cls");
            return params;
        }

        private int codeStatements(Statement def) {
            List<Statement> body = def.children();
            int n = body.size();
            if (n > 0 && body.get(0).kind() == StatementKind.EXPRESSION
                    && tokens.kind(body.get(0).first()) == TokenKind.STRING && body.get(0).first() == body.get(0).last()) {
                n--;
            }
            return n;
        }

        // ---- positions ---------------------------------------------------------------------

        private int topIndex(int token) {
            int lo = 0;
            int hi = top.size() - 1;
            int found = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (topStart[mid] <= token) {
                    found = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return found >= 0 && token <= top.get(found).lastDeep() ? found : -1;
        }

        private String scopeName(int token) {
            int ti = topIndex(token);
            return ti >= 0 && isDefinition(top.get(ti)) ? definedName(top.get(ti)) : null;
        }

        private boolean isDefinition(Statement s) {
            return s.kind() == StatementKind.DEF || s.kind() == StatementKind.CLASS;
        }

        /**
         * The optional-import idiom around a name, not a use of what it names: the fallback binding
         * ({@code semaphore = None} after {@code except ImportError}) and the test for it
         * ({@code if semaphore is not None}).
         */
        private boolean availabilityOnly(int token) {
            int next = tokens.nextCode(token + 1);
            if (next < 0 || next >= tokens.size()) {
                return false;
            }
            if (tokens.isName(next, "is")) {
                return true;
            }
            int value = tokens.nextCode(next + 1);
            return tokens.isOp(next, "=") && value >= 0 && value < tokens.size() && tokens.isName(value, "None");
        }

        private boolean inImport(int i) {
            Statement s = owner[i];
            return s != null && s.kind().isImport();
        }

        private String snippet(int token) {
            String text = tokens.text();
            int start = module.lineStart(tokens.offset(token));
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            String line = text.substring(start, end).strip();
            return line.length() > 160 ? line.substring(0, 157) + "..." : line;
        }

        /**
         * The innermost condition that decides whether the statement at {@code token} runs: an
         * if/elif/else/while header, or a try; {@code if __name__ == '__main__'} does not count.
         */
        private String guard(int token) {
            Statement s = owner[token];
            if (s == null) {
                return null;
            }
            Map<Statement, Statement> parents = module.parents();
            for (Statement p = parents.get(s); p != null; p = parents.get(p)) {
                switch (p.kind()) {
                    case IF, ELIF, WHILE -> {
                        String header = condensed(tokens.textOf(p.first(), p.last()));
                        if (!header.contains("__main__")) {
                            return "line " + p.line() + ": " + header;
                        }
                    }
                    case ELSE -> {
                        return "line " + p.line() + ": else";
                    }
                    case TRY, EXCEPT -> {
                        return "line " + p.line() + ": " + condensed(tokens.textOf(p.first(), p.last()));
                    }
                    default -> { }
                }
            }
            return null;
        }

        private String dotted(List<Integer> chain) {
            StringBuilder b = new StringBuilder();
            for (int i : chain) {
                b.append(b.length() == 0 ? "" : ".").append(tokens.text(i));
            }
            return b.toString();
        }
    }

    private String canonical(String q) {
        return ApiCatalogue.isEventlet(q) ? recipes.canonical(q) : q;
    }

    private static boolean isEventletRoot(String q) {
        return ApiCatalogue.isEventlet(q);
    }

    private static String condensed(String code) {
        return code.replaceAll("\\s+", " ").strip();
    }

    static boolean isDottedName(String s) {
        return s.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
    }
}
