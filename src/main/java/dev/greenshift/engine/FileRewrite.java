package dev.greenshift.engine;

import dev.greenshift.lex.Token;
import dev.greenshift.lex.TokenKind;
import dev.greenshift.lex.TokenStream;
import dev.greenshift.match.Arguments;
import dev.greenshift.match.Context;
import dev.greenshift.match.HandleUses;
import dev.greenshift.match.Match;
import dev.greenshift.match.Matcher;
import dev.greenshift.match.TestDoubles;
import dev.greenshift.match.Span;
import dev.greenshift.match.SpawnedFunction;
import dev.greenshift.match.TimedWaits;
import dev.greenshift.match.TimeoutBlocks;
import dev.greenshift.match.TimeoutShapes;
import dev.greenshift.match.UsePattern;
import dev.greenshift.names.Binding;
import dev.greenshift.names.NameTable;
import dev.greenshift.recipe.Condition;
import dev.greenshift.recipe.FollowUp;
import dev.greenshift.recipe.Helper;
import dev.greenshift.recipe.Recipe;
import dev.greenshift.recipe.RecipeCase;
import dev.greenshift.recipe.Requirement;
import dev.greenshift.recipe.Safety;
import dev.greenshift.rewrite.Conflict;
import dev.greenshift.rewrite.DecidedBranch;
import dev.greenshift.rewrite.Edit;
import dev.greenshift.rewrite.EditPlan;
import dev.greenshift.rewrite.Helpers;
import dev.greenshift.rewrite.Husks;
import dev.greenshift.rewrite.ImportFixer;
import dev.greenshift.rewrite.ImportRenamer;
import dev.greenshift.rewrite.ModuleNames;
import dev.greenshift.rewrite.StandardTypes;
import dev.greenshift.names.AttributeUses;
import dev.greenshift.rewrite.StatementRemoval;
import dev.greenshift.rewrite.Suppressions;
import dev.greenshift.source.LineEndings;
import dev.greenshift.source.SourceFile;
import dev.greenshift.style.Layout;
import dev.greenshift.style.Notes;
import dev.greenshift.style.Style;
import dev.greenshift.syntax.Module;
import dev.greenshift.syntax.Statement;
import dev.greenshift.syntax.StatementKind;
import dev.greenshift.world.ModuleWorld;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rewrite of one file: every match in recipe order, checked against its case's conditions,
 * turned into edits (with the follow-ups on the handle it binds) and offered to one plan; then
 * import renames, rendering and the import fix-up.
 */
final class FileRewrite {
    private final Engine engine;
    private final Style style;
    private final SourceFile file;
    private final Set<String> ran;
    private final String text;
    private final Module module;
    private final NameTable names;
    private final TokenStream tokens;
    private final EditPlan plan = new EditPlan();
    /** The notes this rewrite offered ({@link #writeNotes}): a plan of these alone changes no code. */
    private final Set<Edit> noteEdits = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final Map<Edit, String> editRecipe = new HashMap<>();
    private final Set<String> claimed = new HashSet<>();
    private final List<Finding> findings = new ArrayList<>();
    private final List<Conflict> conflicts = new ArrayList<>();
    private final Map<String, Integer> edits = new LinkedHashMap<>();
    private final List<Requirement> requires = new ArrayList<>();
    private final List<Attribution> attributions = new ArrayList<>();
    private final Map<String, String> aliased = new HashMap<>();
    /** How the APIs this run rewrote are written here ("eventlet.sleep", "tpool.Proxy"): comments naming them go stale. */
    private final Set<String> rewrittenSpellings = new java.util.LinkedHashSet<>();
    private List<Match> matches = List.of();
    private TimeoutBlocks timeoutBlocks;
    /** Timeout blocks already reported: one note per construct, however many calls inside it wait. */
    private final Set<Statement> notedTimeouts = new HashSet<>();
    /** The TODO notes asked for, by construct, in the order first asked: one note each, written at the end. */
    private final Map<Statement, List<Note>> notes = new LinkedHashMap<>();
    /** Timeout blocks rewritten whole (deadline loops, Event waits): the calls inside are no longer timed. */
    private final Set<Statement> shapedTimeouts = new HashSet<>();
    private final WorldGate gate;
    private List<Integer> greenHolders;
    /** Import renames the world held back: the uses of the names they bind are reported with them. */
    private final Set<Statement> heldRenames = new HashSet<>();
    /** Import renames applied: the uses of the names they bind follow the module, rewritten with it. */
    private final Set<Statement> appliedRenames = new HashSet<>();
    private PatchedTargets patched;
    /** Names whose from-import moves to the new module while their uses stay ({@link #keepImportedNames}). */
    private final Set<String> kept = new HashSet<>();
    private final Helpers helpers;
    /** The targets this rewrite asked the engine's lost names about ({@link #keptByItsModule}). */
    private final Set<String> askedLost = new HashSet<>();
    /** Whether the file can hold test doubles at all: asked once, not once per match (a big module has many). */
    private final boolean mentionsDoubles;

    FileRewrite(Engine engine, SourceFile file, Set<String> ran, Module module, Style style, ModuleWorld world) {
        this.engine = engine;
        this.style = style;
        this.file = file;
        this.ran = ran;
        this.text = file.text();
        this.module = module;
        this.names = NameTable.of(module, ProjectIndex.location(file.path()));
        this.tokens = module.tokens();
        this.gate = new WorldGate(file.displayPath(), world);
        this.helpers = new Helpers(module, names);
        this.mentionsDoubles = text.contains("patch") || text.contains("stub");
    }

    FileResult run() {
        List<Match> matches = new ArrayList<>(engine.matcher().match(module, names));
        matches.sort(Comparator.comparingLong((Match m) -> engine.orderOf(m.pattern())).thenComparingInt(Match::start));
        this.matches = matches;
        Suppressions suppressions = Suppressions.of(tokens);
        rewriteTimeoutShapes(suppressions);
        keepImportedNames(suppressions);
        List<Match> alone = new ArrayList<>();
        for (Match m : matches) {
            Recipe recipe = engine.recipeOf(m.pattern());
            RecipeCase rc = engine.caseOf(m.pattern());
            if (suppressions.suppresses(recipe.id(), m.line(), lastLine(m.statement()))) {
                continue;
            }
            if (rc.conditions().stream().anyMatch(c -> c instanceof Condition.Alone)) {
                alone.add(m);
            } else {
                apply(m, recipe, rc);
            }
        }
        List<ImportRenamer.Renamed> renames = renames(suppressions);
        List<ImportRenamer.Renamed> aloneRenames = renames.stream().filter(ImportRenamer.Renamed::alone).toList();
        renames.stream().filter(r -> !r.alone()).forEach(this::rename);
        applyAlone(alone, aloneRenames);
        writeHelpers();
        writeNotes();
        findings.addAll(StaleMentions.of(module, plan, file.displayPath(), rewrittenSpellings));
        findings.addAll(gate.findings());
        LibraryUses uses = UseAccount.of(names, engine::isLibrary, file.displayPath(),
                new UseAccount.Rewrite(plan, attributions, matches, findings, appliedRenames, heldRenames));
        findings.sort(Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column));
        if (plan.isEmpty() && kept.isEmpty()) {
            boolean imports = names.imports().stream().anyMatch(n -> engine.isLibrary(n.qualified()));
            return new FileResult(file, text, edits, findings, conflicts, null, imports, uses);
        }
        FileResult notesOnly = notesOnly(uses);
        if (notesOnly != null) {
            return notesOnly;
        }
        Husks.Swept rewritten = Husks.swept(plan.rendering(text));
        ImportFixer.Result fixed = ImportFixer.fix(names, rewritten, engine::isLibrary, rewrittenAway(), requires, file.lineEnding(),
                style.importOrder());
        String laidOut = fixed.problem() == null ? trailingBlankLinesAsBefore(Layout.apply(tokens, fixed.text(), style.lineLength())) : fixed.text();
        FileResult result = new FileResult(file, laidOut, edits, findings, conflicts, null, fixed.libraryImported(), uses);
        return fixed.problem() == null ? result : result.withError(fixed.problem());
    }

    /**
     * The result of a rewrite that only wrote notes (comment lines above statements), without parsing
     * its output again; null when it made other edits, or when the steps after the edits could still
     * change something. Those steps read names, imports, strings and statements, which comment lines
     * above statements leave as they were: the husk sweep finds only what it would find in the file
     * as it is, the import fix-up decides as it would for the file as it is (asked here of the file's
     * own parse), and the layout redoes only statements with a changed row, which a note line above a
     * statement is not part of. Most changed files of a large tree only gain notes (149 of the 341
     * rewrites with edits on a 4,044-file tree), and each parsed its output twice (sweep, then
     * imports) and laid it out.
     */
    private FileResult notesOnly(LibraryUses uses) {
        if (noteEdits.isEmpty() || !kept.isEmpty() || !requires.isEmpty() || !noteEdits.containsAll(plan.edits())
                || Husks.sweepsUntouched(module)) {
            return null;
        }
        ImportFixer.Result asItIs = ImportFixer.fix(names, new Husks.Swept(text, module), engine::isLibrary, Set.of(), List.of(),
                file.lineEnding(), style.importOrder());
        if (asItIs.problem() != null || !asItIs.text().equals(text)) {
            return null;
        }
        return new FileResult(file, trailingBlankLinesAsBefore(plan.render(text)), edits, findings, conflicts, null, asItIs.libraryImported(), uses);
    }

    /**
     * Deleting the file's last statements leaves the blank lines that separated them at the end
     * (flake8 W391); a file that did not end in blank lines does not after the rewrite either.
     */
    private String trailingBlankLinesAsBefore(String rewritten) {
        if (endsInBlankLine(text) || !endsInBlankLine(rewritten)) {
            return rewritten;
        }
        String eol = file.lineEnding();
        String trimmed = rewritten.stripTrailing();
        return trimmed.isEmpty() ? trimmed : trimmed + eol;
    }

    /** True when the text's last line break follows another, or only blanks: read in place (a copy of each rewritten text cost 100 MB a run). */
    private static boolean endsInBlankLine(String s) {
        if (!s.endsWith("\n") && !s.endsWith("\r")) {
            return false;
        }
        int body = s.length() - (s.endsWith("\r\n") ? 2 : 1);
        if (body > 0 && (s.charAt(body - 1) == '\n' || s.charAt(body - 1) == '\r')) {
            return true;
        }
        for (int i = 0; i < body; i += Character.charCount(s.codePointAt(i))) {
            if (!Character.isWhitespace(s.codePointAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The helper functions the accepted edits call, written once into the module, with the imports they need. */
    private void writeHelpers() {
        if (helpers.isEmpty()) {
            return;
        }
        Edit insertion = helpers.insertion(file.lineEnding());
        if (insertion != null && plan.offer(insertion) == null) {
            requires.addAll(helpers.requirements());
        }
    }

    /** The index in the module's body of the top-level statement that holds {@code s} (-1 when unknown). */
    private int topLevelIndex(Statement s) {
        if (s == null) {
            return Integer.MAX_VALUE;
        }
        Statement top = s;
        while (parents().get(top) != null) {
            top = parents().get(top);
        }
        if (top.kind() == StatementKind.DECORATOR) {
            top = decorated(top);
        }
        if (topIndex == null) {
            // By identity, built once: indexOf compared records field by field, once per edit (quadratic).
            topIndex = new java.util.IdentityHashMap<>();
            List<Statement> body = module.body().statements();
            for (int i = 0; i < body.size(); i++) {
                topIndex.putIfAbsent(body.get(i), i);
            }
        }
        return topIndex.getOrDefault(top, Integer.MAX_VALUE);
    }

    private java.util.Map<Statement, Integer> topIndex;

    /** The dotted name written at {@code head} ({@code eventlet.sleep}, {@code tpool.Proxy}). */
    private String spelling(int head) {
        return String.join(".", module.dottedChain(head).stream().map(i -> tokens.text(i)).toList());
    }


    /** The world gate this rewrite asked: after {@link #run}, what it held back and which answers it read. */
    WorldGate gate() {
        return gate;
    }

    /** After {@link #run}: the targets it asked about among the names the run removed ({@link Engine#lostNames}). */
    Set<String> askedLost() {
        return askedLost;
    }

    /** After {@link #run}: the spans each recipe rewrote or flagged, in the order the plan accepted them. */
    List<Attribution> attributions() {
        return attributions;
    }

    /** The calls whose class argument is a type check, like an except clause. */
    private static final Set<String> TYPE_CHECKS = Set.of("isinstance", "issubclass", "assertRaises", "assertRaisesRegex",
            "assertRaisesRegexp", "assertIsInstance", "assertNotIsInstance", "raises");

    /**
     * True when the name at {@code token} is what a type check tests against: the second argument of
     * isinstance/issubclass/assertIsInstance (alone or in a tuple), the first of assertRaises or
     * pytest.raises (alone or in a tuple).
     */
    private boolean isCheckedClass(int token) {
        int open = module.enclosingBracket(token);
        if (open >= 0 && tokens.isOp(open, "(") && module.calleeChain(open) == null) {
            open = module.enclosingBracket(open); // inside a tuple: (Exception, Timeout)
        }
        if (open < 0 || !tokens.isOp(open, "(")) {
            return false;
        }
        List<Integer> callee = module.calleeChain(open);
        if (callee == null || !TYPE_CHECKS.contains(tokens.text(callee.get(callee.size() - 1)))) {
            return false;
        }
        String name = tokens.text(callee.get(callee.size() - 1));
        int checked = name.startsWith("assertRaises") || name.equals("raises") ? 0 : 1;
        List<int[]> args = NameTable.arguments(tokens, open);
        return checked < args.size() && args.get(checked)[0] <= token && token <= args.get(checked)[1];
    }

    /** The statement a match stands in. */
    private Statement statementOf(Match m) {
        return m.statement() != null ? m.statement() : module.owners()[m.anchor()];
    }

    /**
     * True when the matched code runs as the module is imported (module level, class body, def
     * header), or names what a module-level {@code from ... import name} bound then: rewriting such
     * a use drops the module's own {@code name}, which a test patches as {@code 'pkg.mod.name'}, and
     * keeping the name would bind the standard library's object before the patch.
     */
    private boolean runsOnImport(Match m) {
        if (module.runsOnImport(statementOf(m))) {
            return true;
        }
        int anchor = m.anchor();
        // Only the imported object itself (`sleep(0)`): through an imported module (`greenthread.sleep(0)`) the
        // attribute is looked up when the call runs.
        if (tokens.kind(anchor) != TokenKind.NAME || module.isAttributeAccess(anchor) || module.dottedChain(anchor).size() != 1
                || !(names.lookup(anchor) instanceof Binding.Imported)) {
            return false;
        }
        return names.imports().stream().anyMatch(n -> n.boundName().equals(tokens.text(anchor))
                && n.statement().kind() == StatementKind.FROM_IMPORT && module.runsOnImport(n.statement()));
    }

    private void apply(Match m, Recipe recipe, RecipeCase rc) {
        if (claimed.contains(recipe.id() + "@" + m.anchor())) {
            return;
        }
        if (rc.pattern().context() == Context.IMPORT && (boundDirectly(m, rc) || isNameRename(rc))
                || plan.consumes(m.start(), m.end())) {
            return;
        }
        List<HandleUses.Use> uses = new ArrayList<>();
        if (!conditionsHold(m, rc, uses)) {
            // Held back because of another place (where ran ... everywhere): if this object could not move
            // anyway, that is the reason to give here, or the notes of the two places only point at each other.
            String own = rc.template() != null && conditionsHold(m, rc, new ArrayList<>(), false) ? lostAttribute(rc, m) : null;
            if (own != null) {
                claimed.add(recipe.id() + "@" + m.anchor());
                refuse(m, recipe, own);
            }
            return;
        }
        claimed.add(recipe.id() + "@" + m.anchor());
        if (rc.kept() != null) {
            return;
        }
        String message = rc.flag() != null && rc.flag().message() != null ? rc.flag().message() : recipe.message();
        if (rc.template() != null && gate.holdsBack(recipe, rc.validityIn(recipe), m.line(), m.column(), runsOnImport(m))) {
            attributions.add(new Attribution(m.start(), m.end(), recipe.id(), recipe.safety(), true));
            return;
        }
        if (rc.template() == null) {
            flag(m, recipe, rc, message);
            return;
        }
        if (keptByItsModule(m, rc)) {
            return;
        }
        String doubled = doubleProblem(m, rc);
        if (doubled != null) {
            refuse(m, recipe, doubled);
            attributions.add(new Attribution(m.start(), m.end(), recipe.id(), recipe.safety(), true));
            return;
        }
        ObjectTarget object = m.bindings().containsKey(Matcher.ATTRIBUTE) ? objectTarget(m, recipe.id(), rc) : null;
        if (object != null && object.refusal() != null) {
            refuse(m, recipe, object.refusal());
            return;
        }
        String lost = lostAttribute(rc, m);
        if (lost != null) {
            refuse(m, recipe, lost);
            return;
        }
        String green = handedToGreenThread(rc, m);
        if (green != null) {
            refuse(m, recipe, green);
            return;
        }
        ModuleNames.Choice choice = moduleNames(recipe, rc, m, uses);
        if (choice.refused()) {
            refuse(m, recipe, choice.refusal());
            return;
        }
        Map<String, String> moduleNames = choice.renames();
        Statement decided = constantTest(rc, m);
        // The branch that runs once the test is decided (if X: A else: B -> B; if not X: A -> A).
        Edit branch = decided != null && rc.template().text().strip().equals("False")
                ? DecidedBranch.keep(module, decided, parents()::get, m.start(), m.end(), recipe.id()) : null;
        if (decided != null && branch == null && !deadIf(decided, rc, m)) {
            refuse(m, recipe, "not rewritten: this call decides the " + decided.kind().name().toLowerCase(java.util.Locale.ROOT) + " at line "
                    + decided.line() + " and becomes " + rc.template().text().strip() + " here; greenshift does not leave an 'if "
                    + rc.template().text().strip() + ":' behind nor restructure branches: keep the branch that now runs, by hand");
            return;
        }
        List<Helper> calls = new ArrayList<>();
        Map<String, String> helperNames = new HashMap<>();
        for (Helper h : engine.recipes().helpers().values()) {
            if (mentions(rc, h.name())) {
                calls.add(h);
                String name = helpers.nameOf(h);
                if (!name.equals(h.name())) {
                    helperNames.put(h.name(), name);
                }
            }
        }
        List<Edit> batch = new ArrayList<>();
        batch.add(rc.deletes() ? StatementRemoval.of(module, m.statement(), parents()::get, recipe.id())
                : branch != null ? branch
                : decided != null ? StatementRemoval.of(module, decided, parents()::get, recipe.id())
                : object != null ? object.edit()
                : new Edit(m.start(), m.end(), recipe.id(), rc.template().withModuleNames(moduleNames).withNames(helperNames), m.bindings(),
                        indentation(m.statement()), LineEndings.at(text, m.start()), null, m.line()));
        List<TimedWaits.TimedWait> timed = new ArrayList<>();
        for (HandleUses.Use use : uses) {
            TimedWaits.TimedWait wait = timedWait(rc, use);
            if (wait != null && wait.refusal() != null) {
                refuse(m, recipe, "not rewritten: " + tokens.textOf(use.first(), use.close()).strip() + " (line " + tokens.line(use.first())
                        + ") waits under a Timeout with no thread equivalent here: " + wait.refusal()
                        + "; keep the green thread, or bound the wait by hand (result(timeout=...))");
                return;
            }
            if (wait != null) {
                timed.add(wait);
                wait.replacements().forEach(r -> batch.add(Edit.fixed(r.start(), r.end(), recipe.id(), r.text(), wait.block().line())));
                continue;
            }
            Edit followUp = followUp(rc, recipe, use, moduleNames, helperNames);
            if (followUp != null) {
                batch.add(followUp);
            }
        }
        Edit winner = plan.offerAll(batch);
        if (winner != null) {
            conflicts.add(new Conflict(file.displayPath(), m.line(), recipe.id(), editRecipe.getOrDefault(winner, winner.recipe())));
            return;
        }
        for (TimedWaits.TimedWait wait : timed) {
            shapedTimeouts.add(wait.block());
            findings.add(new Finding(file.displayPath(), wait.block().line(), wait.block().column(), recipe.id(), Safety.REVIEW,
                    Finding.Kind.REVIEW, wait.note()));
        }
        batch.forEach(e -> editRecipe.put(e, recipe.id()));
        batch.forEach(e -> attributions.add(new Attribution(e.start(), e.end(), recipe.id(), recipe.safety(), false)));
        if (object == null) {
            keepDroppedComments(m, recipe.id());
        }
        int topLevel = topLevelIndex(statementOf(m));
        calls.forEach(h -> helpers.use(h, topLevel));
        if (tokens.kind(m.anchor()) == TokenKind.NAME) {
            rewrittenSpellings.add(spelling(m.anchor()));
        }
        rewrittenSpellings.add(engine.recipes().canonical(rc.pattern().key()));
        edits.merge(recipe.id(), 1, Integer::sum);
        for (Requirement r : recipe.requires()) {
            if (!mentions(rc, r.boundName())) {
                continue;
            }
            String alias = moduleNames.get(r.boundName());
            requires.add(alias == null ? r : new Requirement(r.module(), r.name(), alias));
        }
        if (rc.pattern().context() == Context.IMPORT) {
            requires.add(new Requirement(rc.template().text().trim(), null, null));
        }
        if (object != null) {
            requires.add(object.requirement());
        }
        if (rc.flag() != null || recipe.safety() != Safety.SAFE) {
            findings.add(new Finding(file.displayPath(), m.line(), m.column(), recipe.id(), recipe.safety(), Finding.Kind.REVIEW, message));
        }
    }

    /**
     * The if, elif or while whose test holds this match when the case rewrites it to a constant
     * ({@code is_monkey_patched(m)} becomes {@code False}); null otherwise.
     */
    private Statement constantTest(RecipeCase rc, Match m) {
        String constant = rc.template().text().strip();
        Statement s = m.statement();
        if (!constant.equals("False") && !constant.equals("True") || s == null
                || s.kind() != StatementKind.IF && s.kind() != StatementKind.ELIF && s.kind() != StatementKind.WHILE) {
            return null;
        }
        return tokens.offset(s.last()) > m.start() ? s : null;
    }

    /**
     * True when the test is exactly the match, always false, of an if without elif or else: the
     * whole if is dead and goes (the statement removal keeps what a surrounding test does).
     */
    private boolean deadIf(Statement decided, RecipeCase rc, Match m) {
        return rc.template().text().strip().equals("False") && DecidedBranch.isDead(module, decided, parents()::get, m.start(), m.end());
    }

    /**
     * A patch target passed as a module and an attribute name ({@code patch.object(eventlet, 'sleep')})
     * follows the string template ({@code time.sleep}) as {@code time, 'sleep'}, keeping the quotes and
     * the layout between the two arguments; the module is imported as the neutral pack imports its
     * module (a dotted one as {@code from app import concurrency}), under an alias where its name is taken.
     */
    private record ObjectTarget(Edit edit, Requirement requirement, String refusal) {
    }

    private ObjectTarget objectTarget(Match m, String recipe, RecipeCase rc) {
        String target = rc.template().text().trim();
        int dot = target.lastIndexOf('.');
        if (dot < 0) {
            return new ObjectTarget(null, null, "not rewritten: " + target + " is no module attribute; patch it by its string name");
        }
        String owner = target.substring(0, dot);
        String attribute = target.substring(dot + 1);
        int parent = owner.lastIndexOf('.');
        Requirement r = parent < 0 ? new Requirement(owner, null, null) : new Requirement(owner.substring(0, parent), owner.substring(parent + 1), null);
        ModuleNames.Choice choice = ModuleNames.choose(names, List.of(r), List.of(r.boundName() + "." + attribute), List.of(m.anchor()),
                engine::isLibrary, aliased);
        if (choice.refused()) {
            return new ObjectTarget(null, null, choice.refusal());
        }
        String bound = choice.renames().getOrDefault(r.boundName(), r.boundName());
        Span module = m.bindings().get(Matcher.OWNER).get(0);
        Span name = m.bindings().get(Matcher.ATTRIBUTE).get(0);
        String literal = text.substring(name.start(), name.end());
        String old = dev.greenshift.lex.StringLiterals.plainContent(literal);
        int at = literal.indexOf(old);
        String renamed = literal.substring(0, at) + attribute + literal.substring(at + old.length());
        Edit edit = Edit.fixed(module.start(), name.end(), recipe, bound + text.substring(module.end(), name.start()) + renamed, m.line());
        return new ObjectTarget(edit, bound.equals(r.boundName()) ? r : new Requirement(r.module(), r.name(), bound), null);
    }

    /**
     * True for a test target spelled through a project module ({@code 'pkg.worker.sleep'}) whose
     * function import the run renames in place ({@link #keepImportedNames}) and that the run did not
     * leave unbound: the module still has the name, and patching it still replaces what it calls.
     */
    private boolean keptByItsModule(Match m, RecipeCase rc) {
        if (rc.pattern().context() != Context.STRING || !engine.nameRenames().containsKey(engine.recipes().canonical(rc.pattern().key()))) {
            return false;
        }
        String target = m.bindings().containsKey(Matcher.ATTRIBUTE) ? patched().at(m.anchor()).target() : text.substring(m.start(), m.end());
        if (engine.roots().contains(target.split("\\.")[0])) {
            return false;
        }
        askedLost.add(target);
        return !engine.lostNames().contains(target);
    }

    /**
     * Why this rewrite would break a test double, or null: it makes the code that stands in for a
     * target call that target (the double calls itself), or makes two doubles of one test patch the
     * same target.
     */
    private String doubleProblem(Match m, RecipeCase rc) {
        if (!mentionsDoubles) {
            return null;
        }
        if (rc.pattern().context() == Context.STRING) {
            TestDoubles.Double d = patched().at(m.anchor());
            String target = rc.template().text().trim();
            if (d != null && standInCalls(d, target)) {
                return "not rewritten: the code that stands in for the target calls " + target + ", which the double would then"
                        + " replace: it would call itself until the stack overflows; let the double return instead (return_value,"
                        + " or a side_effect that does not sleep), then run again";
            }
            TestDoubles.Double twin = d == null ? null : patched().twin(d, target);
            return twin == null ? null : "not rewritten: this test would then patch " + target + " twice (line "
                    + tokens.line(twin.targetFirst()) + " patches it too), and the inner double would hide the outer one"
                    + " from the code under test; keep one double of " + target + " for both, then run again";
        }
        TestDoubles.Double d = patched().recursion(m.start(), m.end(), PatchedTargets.writtenNames(rc.template().text()));
        return d == null ? null : "not rewritten: this code stands in for " + patched().after(d) + " in the test double at line "
                + tokens.line(d.targetFirst()) + ", and the rewrite would make it call " + patched().after(d)
                + ", which is the double itself: it would call itself until the stack overflows; let the double return"
                + " instead (return_value, or a side_effect that does not sleep)";
    }

    /** True when the double's stand-in code refers to {@code target} (resolved through the file's imports). */
    private boolean standInCalls(TestDoubles.Double d, String target) {
        for (Span span : d.standIns()) {
            for (int i = tokenAt(span.start()); i < tokens.size() && tokens.offset(i) < span.end(); i++) {
                if (tokens.kind(i) == TokenKind.NAME && !module.isAttributeAccess(i) && names.mayBeImported(tokens.text(i))
                        && target.equals(names.qualify(module.dottedChain(i)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One pattern per name for the whole run: asked once per edit (40,000 times in one generated module). */
    private static final Map<String, java.util.regex.Pattern> WORDS = new java.util.concurrent.ConcurrentHashMap<>();

    private PatchedTargets patched() {
        if (patched == null) {
            patched = PatchedTargets.of(module, names, TestDoubles.of(module, names), this::targetAfter);
        }
        return patched;
    }

    /** What the double patches after the run: the template of the target rewrite that applies to it, else its target. */
    private String targetAfter(TestDoubles.Double d) {
        for (Match m : matches) {
            RecipeCase rc = engine.caseOf(m.pattern());
            if (m.anchor() != d.targetFirst() || rc.pattern().context() != Context.STRING || !conditionsHold(m, rc, new ArrayList<>())) {
                continue;
            }
            return rc.template() == null ? d.target() : rc.template().text().trim();
        }
        return d.target();
    }

    /**
     * True when the case's templates use the name: a recipe lists the imports of all its cases, and
     * a case that starts a Thread must not add the import its Future case needs.
     */
    private static boolean mentions(RecipeCase rc, String name) {
        java.util.regex.Pattern word = WORDS.computeIfAbsent(name,
                n -> java.util.regex.Pattern.compile("(?<![\\w.])" + java.util.regex.Pattern.quote(n) + "\\b"));
        if (rc.template() != null && word.matcher(rc.template().text()).find()) {
            return true;
        }
        return rc.followUps().stream().anyMatch(f -> word.matcher(f.template().text()).find());
    }

    private void flag(Match m, Recipe recipe, RecipeCase rc, String message) {
        if (rc.conditions().stream().anyMatch(c -> c instanceof Condition.Timed t && !t.negated())) {
            flagTimeoutBlock(m, recipe, rc, message);
            return;
        }
        attributions.add(new Attribution(m.start(), m.end(), recipe.id(), recipe.safety(), true));
        Statement owner = statementOf(m);
        if (insideFlaggedClass(owner, recipe.id() + ": " + message)) {
            return;
        }
        if (owner != null && owner.kind() == StatementKind.CLASS) {
            flaggedClasses.add(owner.first() + "@" + recipe.id() + ": " + message);
        }
        refuse(m, recipe, message);
        if (rc.flag() != null && rc.flag().todo() && m.statement() != null) {
            note(m.statement(), m.start(), message, recipe.id());
        }
    }

    /** Reports the match as left as it was, with why: the recipe's rewrite does not fit it. */
    private void refuse(Match m, Recipe recipe, String why) {
        findings.add(new Finding(file.displayPath(), m.line(), m.column(), recipe.id(), recipe.safety(), Finding.Kind.FLAG, why));
    }

    /** Class headers flagged, as first token@recipe: message ({@code class MessageTimeout(Timeout):}). */
    private final Set<String> flaggedClasses = new HashSet<>();

    /**
     * True when {@code s} stands in the body of a class whose header got the same note ({@code
     * note}: "recipe: message"): the base's {@code Timeout.__init__(self, ...)} inside {@code class
     * MessageTimeout(Timeout)} is the same decision as the class itself, so it gets no note of its own.
     */
    private boolean insideFlaggedClass(Statement s, String note) {
        for (Statement p = s == null ? null : parents().get(s); p != null; p = parents().get(p)) {
            if (p.kind() == StatementKind.CLASS && flaggedClasses.contains(p.first() + "@" + note)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A call left green inside a Timeout block is reported once, on the block: the decision (a
     * deadline, a timeout= argument) is about the whole construct, not each call in it.
     */
    private void flagTimeoutBlock(Match m, Recipe recipe, RecipeCase rc, String message) {
        Statement block = timeoutBlocks().enclosing(tokenAt(m.start()));
        attributions.add(new Attribution(m.start(), m.end(), recipe.id(), recipe.safety(), true));
        if (!notedTimeouts.add(block)) {
            return;
        }
        findings.add(new Finding(file.displayPath(), block.line(), block.column(), recipe.id(), recipe.safety(), Finding.Kind.FLAG, message));
        if (rc.flag() != null && rc.flag().todo()) {
            note(block, m.start(), message, recipe.id());
        }
    }

    /**
     * The Timeout blocks with a mechanical thread equivalent (TimeoutShapes) are rewritten whole,
     * before the recipes' matches: the calls inside then follow their own recipes.
     */
    private void rewriteTimeoutShapes(Suppressions suppressions) {
        Recipe recipe = engine.recipes().byId(TIMEOUT_RECIPE);
        if (recipe == null || !text.contains("Timeout")) {
            return;
        }
        for (TimeoutShapes.Shape shape : TimeoutShapes.of(module, names, text, file.lineEnding(),
                q -> engine.recipes().canonical(q).equals(Engine.TIMEOUT))) {
            Statement block = shape.block();
            if (suppressions.suppresses(recipe.id(), block.line(), lastLine(block))
                    || gate.holdsBack(recipe, recipe.validity(), block.line(), block.column(), module.runsOnImport(block))) {
                continue;
            }
            ModuleNames.Choice choice = ModuleNames.choose(names, recipe.requires(), List.of(shape.usesTime() ? "time.monotonic()" : ""),
                    List.of(block.first()), engine::isLibrary, aliased);
            if (choice.refused()) {
                continue;
            }
            Map<String, String> moduleNames = choice.renames();
            String time = moduleNames.getOrDefault("time", "time");
            List<Edit> batch = new ArrayList<>();
            for (TimeoutShapes.Replacement r : shape.replacements()) {
                String replacement = shape.usesTime() ? r.text().replace("time.monotonic()", time + ".monotonic()") : r.text();
                batch.add(Edit.fixed(r.start(), r.end(), recipe.id(), replacement, block.line()));
            }
            if (plan.offerAll(batch) != null) {
                continue;
            }
            shapedTimeouts.add(block);
            edits.merge(recipe.id(), 1, Integer::sum);
            if (shape.usesTime()) {
                requires.add(moduleNames.containsKey("time") ? new Requirement("time", null, moduleNames.get("time"))
                        : new Requirement("time", null, null));
            }
            findings.add(new Finding(file.displayPath(), block.line(), block.column(), recipe.id(), Safety.REVIEW, Finding.Kind.REVIEW,
                    "the Timeout became a deadline checked by the code (a thread cannot be interrupted): same result when the wait ends in time or times out"));
        }
    }

    private static final String TIMEOUT_RECIPE = "eventlet-timeout";

    private TimeoutBlocks timeoutBlocks() {
        if (timeoutBlocks == null) {
            timeoutBlocks = TimeoutBlocks.of(module, names, engine::isTimeoutClass);
        }
        return timeoutBlocks;
    }

    /** A function rename's import case: its uses are the other cases' ({@link #keepImportedNames}). */
    private boolean isNameRename(RecipeCase rc) {
        return engine.nameRenames().containsKey(engine.recipes().canonical(rc.pattern().key()));
    }

    /**
     * {@code from eventlet import sleep} becomes {@code from time import sleep}, and the calls stay as
     * they are, when every use of the name would read the same through the new binding as the recipe
     * writes it ({@code sleep(1)} for {@code time.sleep(1)}): the module keeps the name, so a test that
     * patches {@code 'pkg.mod.sleep'} still replaces what the code calls. Otherwise (a {@code sleep()}
     * that needs an argument, a use left green in a Timeout block, a bare reference) the uses are
     * rewritten one by one, as before.
     */
    private void keepImportedNames(Suppressions suppressions) {
        for (dev.greenshift.names.ImportedName imported : names.imports()) {
            ImportRenamer.Rename rename = engine.nameRenames().get(engine.recipes().canonical(imported.qualified()));
            if (rename == null || imported.statement().kind() != dev.greenshift.syntax.StatementKind.FROM_IMPORT) {
                continue;
            }
            Recipe recipe = engine.recipes().byId(rename.recipe());
            if (recipe == null || !gate.allows(recipe, recipe.validity(), module.runsOnImport(imported.statement()))
                    || suppressions.suppresses(recipe.id(), imported.statement().line(), lastLine(imported.statement()))) {
                continue;
            }
            Map<Match, Edit> uses = usesThroughTheName(imported, rename.target(), recipe, suppressions);
            List<Edit> rewritten = uses == null ? List.of() : uses.values().stream().filter(java.util.Objects::nonNull).toList();
            if (uses == null || !rewritten.isEmpty() && plan.offerAll(rewritten) != null) {
                continue;
            }
            rewritten.forEach(e -> editRecipe.put(e, recipe.id()));
            edits.merge(recipe.id(), rewritten.size(), Integer::sum);
            uses.keySet().forEach(m -> claimed.add(recipe.id() + "@" + m.anchor()));
            // Each use changes meaning with the import: the audit names the recipe at each one.
            uses.keySet().forEach(m -> attributions.add(new Attribution(m.start(), m.end(), recipe.id(), recipe.safety(), false)));
            kept.add(imported.boundName());
            String target = rename.target();
            int dot = target.lastIndexOf('.');
            String name = target.substring(dot + 1);
            requires.add(new Requirement(target.substring(0, dot), name, name.equals(imported.boundName()) ? null : imported.boundName()));
            edits.merge(recipe.id(), 1, Integer::sum);
            attributions.add(new Attribution(tokens.offset(imported.first()), tokens.end(imported.last()), recipe.id(),
                    recipe.safety(), false));
            if (recipe.safety() != Safety.SAFE) {
                Token first = tokens.get(imported.first());
                findings.add(new Finding(file.displayPath(), first.line(), first.column() + 1, recipe.id(), recipe.safety(), Finding.Kind.REVIEW,
                        recipe.message()));
            }
        }
    }

    /**
     * The match that rewrites each use of the imported name, with the edit that writes it through the
     * name once it is bound to {@code target} ({@code sleep()} becomes {@code sleep(0)}), or null where
     * the use reads the same as it is ({@code sleep(1)}); null when some use cannot be written so (it
     * stays green, it needs another module, a double would call itself).
     */
    private Map<Match, Edit> usesThroughTheName(dev.greenshift.names.ImportedName imported, String target, Recipe recipe,
                                                Suppressions suppressions) {
        Map<Match, Edit> uses = new LinkedHashMap<>();
        Statement[] owners = module.owners();
        java.util.regex.Pattern spelled = java.util.regex.Pattern.compile("(?<![\\w.$])(?:" + String.join("|", spellings(target, recipe))
                + ")(?![\\w])");
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.isName(i, imported.boundName()) || module.isAttributeAccess(i) || owners[i] != null && owners[i].kind().isImport()
                    || !(names.lookup(i) instanceof Binding.Imported b) || !b.qualified().equals(imported.qualified())) {
                continue;
            }
            Match use = firstApplying(i, recipe);
            if (use == null || suppressions.suppresses(recipe.id(), use.line(), lastLine(use.statement()))) {
                return null;
            }
            RecipeCase rc = engine.caseOf(use.pattern());
            if (rc.template() == null || !rc.followUps().isEmpty() || rc.deletes() || doubleProblem(use, rc) != null
                    || !spelled.matcher(rc.template().text()).find()) {
                return null;
            }
            String through = spelled.matcher(rc.template().text()).replaceAll(java.util.regex.Matcher.quoteReplacement(imported.boundName()));
            if (recipe.requires().stream().anyMatch(r -> through.matches("(?s).*(?<![\\w.$])" + java.util.regex.Pattern.quote(r.boundName()) + "\\s*\\..*"))) {
                return null;
            }
            dev.greenshift.match.Template template;
            try {
                template = dev.greenshift.match.Template.parse(through);
            } catch (dev.greenshift.match.PatternException e) {
                return null;
            }
            Edit edit = new Edit(use.start(), use.end(), recipe.id(), template, use.bindings(), indentation(use.statement()),
                    LineEndings.at(text, use.start()), null, use.line());
            boolean same = edit.renderedIn(text).replaceAll("\\s", "").equals(text.substring(use.start(), use.end()).replaceAll("\\s", ""));
            uses.put(use, same ? null : edit);
        }
        return uses.isEmpty() ? null : uses;
    }

    /**
     * How the recipe's templates write {@code target}: as it is ({@code time.sleep}), or through a
     * module it requires ({@code concurrency.sleep} for {@code app.concurrency.sleep} after
     * {@code from app import concurrency}); quoted for a pattern.
     */
    private static List<String> spellings(String target, Recipe recipe) {
        List<String> out = new ArrayList<>();
        out.add(java.util.regex.Pattern.quote(target));
        for (Requirement r : recipe.requires()) {
            String module = r.name() == null ? r.module() : r.module() + "." + r.name();
            if (target.startsWith(module + ".") && !module.equals(r.boundName())) {
                out.add(java.util.regex.Pattern.quote(r.boundName() + target.substring(module.length())));
            }
        }
        return out;
    }

    /** The first of the recipe's matches at this token whose conditions hold (the one that would apply), or null. */
    private Match firstApplying(int token, Recipe recipe) {
        for (Match m : matches) {
            RecipeCase rc = engine.caseOf(m.pattern());
            if (m.anchor() == token && engine.recipeOf(m.pattern()) == recipe && rc.pattern().context() != Context.IMPORT
                    && conditionsHold(m, rc, new ArrayList<>())) {
                return m;
            }
        }
        return null;
    }

    /** A reference through a name bound to the renamed module itself is left to the import rename. */
    private boolean boundDirectly(Match m, RecipeCase rc) {
        Binding b = names.lookup(m.anchor());
        return b instanceof Binding.Imported imported
                && engine.recipes().canonical(imported.qualified()).equals(engine.recipes().canonical(rc.pattern().key()));
    }

    private boolean conditionsHold(Match m, RecipeCase rc, List<HandleUses.Use> uses) {
        return conditionsHold(m, rc, uses, true);
    }

    /** {@code everywhere}: false to leave out the conditions on the whole project ({@code where ran ... everywhere}). */
    private boolean conditionsHold(Match m, RecipeCase rc, List<HandleUses.Use> uses, boolean everywhere) {
        for (Condition c : rc.conditions()) {
            if (c instanceof Condition.Ran r) {
                if (!everywhere && r.everywhere()) {
                    continue;
                }
                if (!r.holds(ran)) {
                    return false;
                }
                continue;
            }
            if (c instanceof Condition.Alone) {
                continue;
            }
            if (c instanceof Condition.Shares sh) {
                if (sharesGreenPrimitive(m) == sh.negated()) {
                    return false;
                }
                continue;
            }
            if (c instanceof Condition.Within w) {
                Statement owner = module.owners()[tokenAt(m.start())];
                if ((owner != null && owner.kind() == w.kind()) == w.negated()) {
                    return false;
                }
                continue;
            }
            if (c instanceof Condition.Checked ch) {
                if (isCheckedClass(tokenAt(m.start())) == ch.negated()) {
                    return false;
                }
                continue;
            }
            if (c instanceof Condition.Annotated an) {
                if (module.inAnnotation(tokenAt(m.start())) == an.negated()) {
                    return false;
                }
                continue;
            }
            if (c instanceof Condition.Timed t) {
                Statement block = timeoutBlocks().enclosing(tokenAt(m.start()));
                if ((block != null && !shapedTimeouts.contains(block)) == t.negated()) {
                    return false;
                }
                continue;
            }
            if (c instanceof Condition.Exits x) {
                List<Span> spans = m.bindings().get(x.var());
                boolean exits = spans != null && spans.size() == 1
                        && SpawnedFunction.exits(module, names, tokenAt(spans.get(0).start()), tokenAt(spans.get(0).end() - 1));
                if (exits == x.negated()) {
                    return false;
                }
                continue;
            }
            if (c instanceof Condition.Library l) {
                if (namesLibrary(m.bindings().get(l.var())) == l.negated()) {
                    return false;
                }
                continue;
            }
            String var = c instanceof Condition.Unused u ? u.var() : ((Condition.Only) c).var();
            List<HandleUses.Use> found = handleUses(m, var);
            if (found == null) {
                return false;
            }
            if (c instanceof Condition.Unused && !found.isEmpty()) {
                return false;
            }
            if (c instanceof Condition.Only only && !allAllowed(m, found, only.uses())) {
                return false;
            }
            uses.addAll(found);
        }
        return true;
    }

    /**
     * True when a name in the bound code (the spawned function, its arguments) is a local of this
     * module made by a library constructor ({@code done = event.Event()}) that the recipes will not
     * rewrite: its first applicable case is a flag, or none applies.
     */
    private boolean sharesGreenPrimitive(Match m) {
        for (List<Span> spans : m.bindings().values()) {
            for (Span span : spans) {
                for (int i = tokenAt(span.start()); i < tokens.size() && tokens.offset(i) < span.end(); i++) {
                    if (tokens.kind(i) == TokenKind.NAME && !module.isAttributeAccess(i) && staysGreen(i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean staysGreen(int name) {
        List<int[]> values = names.assignedValues(List.of(name));
        if (values == null || values.size() != 1) {
            Binding binding = names.lookup(name);
            return binding != null && greenHolders().stream().anyMatch(h -> names.lookup(h) == binding);
        }
        int[] value = values.get(0);
        String callee = NameTable.sameCallee(tokens, values, (from, to) -> tokens.kind(from) == TokenKind.NAME ? names.qualify(module.dottedChain(from)) : null);
        // Objects of a green module (a green socket) follow that module's rename, not a constructor recipe:
        // they are no Event, Queue or Semaphore that a thread and a green thread could wait on together.
        if (callee == null || !engine.isLibrary(callee) || inRenamedModule(callee)) {
            return false;
        }
        Statement assignment = module.owners()[value[0]];
        for (Match other : matches) {
            if (other.statement() != assignment || other.start() > tokens.offset(value[0]) || tokens.end(value[1]) > other.end()) {
                continue;
            }
            RecipeCase rc = engine.caseOf(other.pattern());
            if (rc.conditions().stream().anyMatch(c -> c instanceof Condition.Shares)) {
                continue;
            }
            if (conditionsHold(other, rc, new ArrayList<>())) {
                return rc.template() == null;
            }
        }
        return true;
    }

    /**
     * Why the primitive this case would construct anew (an Event, Queue, Semaphore) must stay
     * Eventlet's: a spawn in this module that the recipes leave green is handed it, as an argument
     * or through the function it runs. A green thread blocked on a native primitive stalls the hub
     * (the reverse of 'where shares'): the two migrate together or not at all. Null when none is.
     */
    private String handedToGreenThread(RecipeCase rc, Match m) {
        if (StandardTypes.constructedBy(rc.template().text()) == null) {
            return null;
        }
        List<Integer> target = AttributeUses.assignedTo(module, m.anchor(), tokenAt(m.end() - 1));
        java.util.function.IntPredicate reference = referencesTo(target);
        if (reference == null) {
            return null;
        }
        for (Match spawn : matches) {
            RecipeCase sc = engine.caseOf(spawn.pattern());
            if (spawn.statement() == m.statement() || sc.conditions().stream().noneMatch(c -> c instanceof Condition.Shares)
                    || !handedTo(spawn, reference) || !staysGreenSpawn(spawn)) {
                continue;
            }
            String name = tokens.textOf(target.get(0), target.get(target.size() - 1)).strip();
            return "not rewritten: " + name + " is handed to the green thread spawned at line " + spawn.line()
                    + ", which this run leaves green, and a green thread blocked on a native " + StandardTypes.constructedBy(rc.template().text())
                    + " stalls every green thread; migrate that spawn first, then this object (they go together or not at all)";
        }
        return null;
    }

    /** A test for the tokens that start a reference to the assignment target (a name's binding, or self.attr in its class), or null. */
    private java.util.function.IntPredicate referencesTo(List<Integer> target) {
        if (target.size() == 1 && tokens.kind(target.get(0)) == TokenKind.NAME) {
            Binding binding = names.lookup(target.get(0));
            String name = tokens.text(target.get(0));
            return i -> tokens.isName(i, name) && !module.isAttributeAccess(i) && names.lookup(i) == binding;
        }
        if (target.size() == 3 && tokens.isName(target.get(0), "self") && tokens.isOp(target.get(1), ".")) {
            String attribute = tokens.text(target.get(2));
            String cls = names.enclosingClass(target.get(0));
            return i -> tokens.isName(i, "self") && !module.isAttributeAccess(i) && tokens.isOp(tokens.nextCode(i + 1), ".")
                    && tokens.isName(tokens.nextCode(tokens.nextCode(i + 1) + 1), attribute)
                    && java.util.Objects.equals(names.enclosingClass(i), cls);
        }
        return null;
    }

    /** True when the spawn's bound code refers to the object, or runs a function of this module that does. */
    private boolean handedTo(Match spawn, java.util.function.IntPredicate reference) {
        for (List<Span> spans : spawn.bindings().values()) {
            for (Span span : spans) {
                if (span.end() <= span.start()) {
                    continue;
                }
                int first = tokenAt(span.start());
                int last = tokenAt(span.end() - 1);
                for (int i = first; i <= last; i++) {
                    if (reference.test(i)) {
                        return true;
                    }
                }
                if (SpawnedFunction.reaches(module, first, last, reference)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the first case of the spawn's recipe that applies (the shared-primitive cases aside) only flags it, or none applies. */
    private boolean staysGreenSpawn(Match spawn) {
        Match first = firstApplying(spawn);
        return first == null || engine.caseOf(first.pattern()).template() == null;
    }

    /**
     * The names that take out of a container (a list of queues, a dict of events) objects of library
     * constructors that stay green: their first applicable case flags, or their object loses an
     * attribute its users read. A spawn handed such a name shares a green primitive.
     */
    private List<Integer> greenHolders() {
        if (greenHolders == null) {
            greenHolders = new ArrayList<>();
            Set<Integer> seen = new HashSet<>();
            for (Match m : matches) {
                RecipeCase rc = engine.caseOf(m.pattern());
                if (!seen.add(m.anchor()) || rc.conditions().stream().anyMatch(c -> c instanceof Condition.Shares)) {
                    continue;
                }
                Match first = firstApplying(m);
                RecipeCase applies = first == null ? null : engine.caseOf(first.pattern());
                if (applies == null || applies.template() == null || StandardTypes.constructedBy(applies.template().text()) == null
                        || lostAttribute(applies, first) == null) {
                    continue;
                }
                List<Integer> holders = AttributeUses.holdersOf(names, first.anchor(), tokenAt(first.end() - 1));
                if (holders.size() > 1 || holders.size() == 1 && names.assignedValues(holders) == null) {
                    greenHolders.addAll(holders);
                }
            }
        }
        return greenHolders;
    }

    /** The first match at the same anchor, of the same recipe, whose case's conditions hold (shared-primitive cases aside). */
    private Match firstApplying(Match m) {
        Recipe recipe = engine.recipeOf(m.pattern());
        for (Match other : matches) {
            RecipeCase rc = engine.caseOf(other.pattern());
            if (other.anchor() == m.anchor() && engine.recipeOf(other.pattern()) == recipe
                    && rc.conditions().stream().noneMatch(c -> c instanceof Condition.Shares) && conditionsHold(other, rc, new ArrayList<>())) {
                return other;
            }
        }
        return null;
    }

    /** True when the bound code is a dotted name that resolves to the migrated library. */
    private boolean namesLibrary(List<Span> spans) {
        if (spans == null || spans.size() != 1) {
            return false;
        }
        int first = tokenAt(spans.get(0).start());
        int last = tokenAt(spans.get(0).end() - 1);
        List<Integer> chain = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            if (tokens.kind(i) == TokenKind.NAME) {
                chain.add(i);
            } else if (tokens.kind(i).isCode() && !tokens.isOp(i, ".")) {
                return false;
            }
        }
        String qualified = chain.isEmpty() ? null : names.qualify(chain);
        // A name an earlier recipe already rewrote (eventlet.sleep to time.sleep) no longer names the library.
        return qualified != null && engine.isLibrary(qualified) && !plan.replaces(spans.get(0).start(), spans.get(0).end());
    }

    private List<HandleUses.Use> handleUses(Match m, String var) {
        List<Span> spans = m.bindings().get(var);
        if (spans == null || spans.size() != 1) {
            return null;
        }
        return HandleUses.following(module, names, tokenAt(spans.get(0).start()), tokenAt(spans.get(0).end() - 1),
                engine.recipes()::canonical);
    }

    private boolean allAllowed(Match m, List<HandleUses.Use> found, List<UsePattern> allowed) {
        for (int i = 0; i < found.size(); i++) {
            HandleUses.Use use = found.get(i);
            boolean isLast = i == found.size() - 1 && runsOnceAtTheEnd(m.statement(), use);
            boolean ok = !use.isEscape() && allowed.stream().anyMatch(p -> fits(use, p) && (!p.last() || isLast));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * A 'last' use must end the handle's life: written last is not enough when it runs again (a
     * loop around it but not around the binding, a nested function called later) or when the handle
     * is an attribute that lives as long as its object and other methods use it.
     */
    private boolean runsOnceAtTheEnd(Statement binding, HandleUses.Use use) {
        if (binding == null || use.first() != use.receiverLast()) {
            return false;
        }
        Map<Statement, Statement> parent = parents();
        Set<Statement> aroundBinding = new HashSet<>();
        for (Statement s = binding; s != null; s = parent.get(s)) {
            aroundBinding.add(s);
        }
        for (Statement s = module.owners()[use.first()]; s != null && !aroundBinding.contains(s); s = parent.get(s)) {
            switch (s.kind()) {
                case FOR, WHILE, DEF, CLASS -> {
                    return false;
                }
                default -> { }
            }
        }
        return true;
    }

    private boolean fits(HandleUses.Use use, UsePattern p) {
        return use.method().equals(p.method()) && (!p.statement() || use.statement())
                && Arguments.match(tokens, use.open(), use.close(), p.args(), new HashMap<>(), null);
    }

    /**
     * How the modules the recipe requires are written at this match and its follow-ups: the
     * resolver says whether each name reaches the module there or is bound to something else
     * ({@code from time import time}, a local {@code queue}), which takes an alias ({@code _queue}).
     */
    private ModuleNames.Choice moduleNames(Recipe recipe, RecipeCase rc, Match m, List<HandleUses.Use> uses) {
        List<String> templates = new ArrayList<>();
        templates.add(rc.template().text());
        rc.followUps().forEach(f -> templates.add(f.template().text()));
        List<Integer> sites = new ArrayList<>();
        sites.add(m.anchor());
        uses.forEach(u -> sites.add(u.first()));
        return ModuleNames.choose(names, recipe.requires(), templates, sites, engine::isLibrary, aliased);
    }

    /**
     * Why the object this case would construct anew cannot be: an attribute its users read (here,
     * in subclasses, in other modules) that the standard-library type lacks. Uses the case's own
     * follow-ups rewrite in this file are fine. Null when nothing is lost.
     */
    private String lostAttribute(RecipeCase rc, Match m) {
        String type = StandardTypes.constructedBy(rc.template().text());
        if (type == null) {
            return null;
        }
        Set<String> rewritten = new HashSet<>();
        rc.followUps().forEach(f -> rewritten.add(f.use().method()));
        int first = m.anchor();
        int last = tokenAt(m.end() - 1);
        for (AttributeUses.Use use : AttributeUses.ofCall(names, engine.project(), first, last)) {
            if (StandardTypes.members(type).contains(use.attribute()) || use.token() >= 0 && rewritten.contains(use.attribute())) {
                continue;
            }
            return "not rewritten: '." + use.attribute() + "' is used on this object (" + use.where() + ") and " + type
                    + " has no such attribute; keep Eventlet's object here or change that use first";
        }
        return null;
    }

    /**
     * A wait() that this case turns into a Future's result() but that a Timeout bounds: the
     * result(timeout=) shape of the whole block, or why there is none (then nothing of the handle is
     * rewritten: a result() that no Timeout can interrupt hangs where wait() gave up). Null when no
     * Timeout bounds the call or the case does not make it a result().
     */
    private TimedWaits.TimedWait timedWait(RecipeCase rc, HandleUses.Use use) {
        if (use.isEscape() || !use.method().equals("wait")
                || rc.followUps().stream().noneMatch(f -> f.use().method().equals("wait") && f.template().text().contains(".result("))) {
            return null;
        }
        Statement block = timeoutBlocks().enclosing(use.first());
        if (block == null || shapedTimeouts.contains(block)) {
            return null;
        }
        return TimedWaits.of(module, names, file.lineEnding(), parents()::get, block, use, engine::isTimeoutClass,
                q -> engine.recipes().canonical(q).equals(Engine.TIMEOUT));
    }

    private Edit followUp(RecipeCase rc, Recipe recipe, HandleUses.Use use, Map<String, String> moduleNames, Map<String, String> helperNames) {
        for (FollowUp f : rc.followUps()) {
            Map<String, List<Span>> bindings = new HashMap<>();
            if (!use.isEscape() && use.method().equals(f.use().method())
                    && Arguments.match(tokens, use.open(), use.close(), f.use().args(), bindings, null)) {
                bindings.put(f.use().var(), List.of(Span.of(tokens.offset(use.first()), tokens.end(use.receiverLast()))));
                int start = tokens.offset(use.first());
                Statement owner = module.owners()[use.first()];
                return new Edit(start, tokens.end(use.close()), recipe.id(), f.template().withModuleNames(moduleNames).withNames(helperNames), bindings,
                        indentation(owner),
                        LineEndings.at(text, start), null, tokens.line(use.first()));
            }
        }
        return null;
    }

    private List<ImportRenamer.Renamed> renames(Suppressions suppressions) {
        if (engine.renames().isEmpty()) {
            return List.of();
        }
        String dotted = names.location() == null ? "" : names.location().dotted();
        return ImportRenamer.edits(module, names, engine.renames(), engine.recipes()::canonical, parents(),
                        alias -> engine.project().mentionedOutside(dotted, alias)).stream()
                .filter(r -> !suppressions.suppresses(r.recipe(), r.statement().line(), lastLine(r.statement())))
                .toList();
    }

    private void rename(ImportRenamer.Renamed r) {
        Recipe renaming = engine.recipes().byId(r.recipe());
        if (renaming != null && gate.holdsBack(renaming, renaming.validity(), r.statement().line(), r.statement().column(),
                module.runsOnImport(r.statement()))) {
            heldRenames.add(r.statement());
            return;
        }
        List<Edit> batch = new ArrayList<>();
        batch.add(r.edit());
        batch.addAll(r.uses());
        Edit winner = plan.offerAll(batch);
        if (winner != null && r.keepingAlias() != null) {
            // A use of the alias lies in code another edit replaced: keep the alias, rename the import only.
            rename(r.keepingAlias());
            return;
        }
        if (winner != null) {
            conflicts.add(new Conflict(file.displayPath(), r.statement().line(), r.recipe(), editRecipe.getOrDefault(winner, winner.recipe())));
            return;
        }
        edits.merge(r.recipe(), 1, Integer::sum);
        appliedRenames.add(r.statement());
        requires.addAll(r.moved());
        Recipe recipe = engine.recipes().byId(r.recipe());
        attributions.add(new Attribution(r.edit().start(), r.edit().end(), r.recipe(), recipe == null ? Safety.SAFE : recipe.safety(), false));
        if (recipe != null && recipe.safety() != Safety.SAFE) {
            findings.add(new Finding(file.displayPath(), r.statement().line(), r.statement().column(), recipe.id(), recipe.safety(),
                    Finding.Kind.REVIEW, recipe.message()));
        }
    }

    /** Of two findings, the one that comes first in the file. */
    private static final java.util.function.BinaryOperator<Finding> EARLIER =
            (a, b) -> a.line() < b.line() || a.line() == b.line() && a.column() <= b.column() ? a : b;

    /**
     * The 'where alone' cases go in only if, with them, no use of the library is left in the file;
     * otherwise each is reported with the use that keeps it out.
     */
    private void applyAlone(List<Match> matches, List<ImportRenamer.Renamed> renames) {
        if (matches.isEmpty() && renames.isEmpty()) {
            return;
        }
        Token keeper = remainingLibraryUse(matches, renames);
        if (keeper == null) {
            matches.forEach(m -> apply(m, engine.recipeOf(m.pattern()), engine.caseOf(m.pattern())));
            renames.forEach(this::rename);
            return;
        }
        String why = "this file still uses Eventlet at line " + keeper.line()
                + " (" + keeper.text() + "), and blocking stdlib I/O would stall its green threads; migrate that first";
        // One decision for the file: one note per recipe, on its earliest place, with how many it holds.
        Map<String, Finding> first = new java.util.LinkedHashMap<>();
        Map<String, Integer> places = new HashMap<>();
        for (Match m : matches) {
            Recipe recipe = engine.recipeOf(m.pattern());
            if (plan.consumes(m.start(), m.end())) {
                continue;
            }
            if (claimed.add(recipe.id() + "@" + m.anchor())) {
                first.merge(recipe.id(), new Finding(file.displayPath(), m.line(), m.column(), recipe.id(), recipe.safety(),
                        Finding.Kind.FLAG, why), EARLIER);
                places.merge(recipe.id(), 1, Integer::sum);
                attributions.add(new Attribution(m.start(), m.end(), recipe.id(), recipe.safety(), true));
            }
        }
        for (ImportRenamer.Renamed r : renames) {
            heldRenames.add(r.statement());
            Finding at = new Finding(file.displayPath(), r.statement().line(), r.statement().column(), r.recipe(), Safety.SAFE,
                    Finding.Kind.FLAG, why);
            first.merge(r.recipe(), at, EARLIER);
            places.merge(r.recipe(), 1, Integer::sum);
        }
        first.forEach((recipe, f) -> findings.add(new Finding(f.path(), f.line(), f.column(), f.recipe(), f.safety(), f.kind(),
                "left green" + (places.get(recipe) == 1 ? "" : " (" + places.get(recipe) + " places)") + ": " + f.message())));
    }

    /** The first reference to the library outside imports that neither accepted edits nor the candidates replace. */
    private Token remainingLibraryUse(List<Match> candidates, List<ImportRenamer.Renamed> renames) {
        Statement[] owners = module.owners();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() != TokenKind.NAME || module.isAttributeAccess(i) || !names.mayBeImported(t.text())
                    || owners[i] != null && owners[i].kind().isImport()) {
                continue;
            }
            if (!(names.lookup(i) instanceof Binding.Imported imported) || !engine.isLibrary(imported.qualified())) {
                continue;
            }
            if (isRenamedModule(imported.qualified(), renames)) {
                continue;
            }
            int start = t.offset();
            int end = t.end();
            boolean covered = plan.replaces(start, end) || candidates.stream().anyMatch(m -> m.start() <= start && end <= m.end());
            if (!covered) {
                return t;
            }
        }
        return null;
    }

    /** A name bound to a module the renames move (its uses follow the module, they need no edit). */
    private boolean isRenamedModule(String qualified, List<ImportRenamer.Renamed> renames) {
        return !renames.isEmpty() && inRenamedModule(qualified);
    }

    /** True for a name inside a module an import rename moves ({@code eventlet.green.socket.socket}). */
    private boolean inRenamedModule(String qualified) {
        String name = engine.recipes().canonical(qualified);
        for (int dot = name.length(); dot > 0; dot = name.lastIndexOf('.', dot - 1)) {
            if (engine.renames().containsKey(name.substring(0, dot))) {
                return true;
            }
        }
        return false;
    }

    /** Library-bound names all of whose references lie in code the edits replaced (not in their bound spans). */
    private Set<String> rewrittenAway() {
        Set<String> away = new HashSet<>();
        Statement[] owners = module.owners();
        for (dev.greenshift.names.ImportedName imported : names.imports()) {
            if (!engine.isLibrary(imported.qualified())) {
                continue;
            }
            String name = imported.boundName();
            int references = 0;
            boolean allReplaced = true;
            for (int i = 0; i < tokens.size() && allReplaced; i++) {
                if (!tokens.isName(i, name) || module.isAttributeAccess(i) || owners[i] != null && owners[i].kind().isImport()) {
                    continue;
                }
                references++;
                allReplaced = plan.replaces(tokens.offset(i), tokens.end(i));
            }
            if (allReplaced && references > 0) {
                away.add(name);
            }
        }
        away.addAll(kept);
        return away;
    }

    private Map<Statement, Statement> parents() {
        return module.parents();
    }

    private int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (tokens.offset(mid) <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        while (lo < tokens.size() - 1 && tokens.text(lo).isEmpty()) {
            lo++;
        }
        return lo;
    }

    /**
     * A template re-lays the code it replaces; comments between the bound pieces would vanish.
     * They move, unchanged, to lines of their own above the statement.
     */
    private void keepDroppedComments(Match m, String recipe) {
        if (m.statement() == null) {
            return;
        }
        Token first = tokens.get(m.statement().firstWithDecorators());
        int lineStart = module.lineStart(first.offset());
        String indentation = text.substring(lineStart, first.offset()).isBlank() ? m.statement().indentation() : "";
        // Only the match's own tokens: scanning from the file's start made many edits quadratic.
        for (int i = tokenAt(m.start()); i < tokens.size() && tokens.offset(i) < m.end(); i++) {
            if (tokens.kind(i) != TokenKind.COMMENT || tokens.offset(i) < m.start() || insideBinding(m, tokens.offset(i))) {
                continue;
            }
            plan.offer(Edit.fixed(lineStart, lineStart, recipe, indentation + tokens.text(i).strip() + LineEndings.at(text, first.offset()), tokens.line(i)));
        }
    }

    private static boolean insideBinding(Match m, int offset) {
        for (List<Span> spans : m.bindings().values()) {
            for (Span s : spans) {
                if (s.start() <= offset && offset < s.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    private int lastLine(Statement s) {
        return s == null ? -1 : tokens.line(s.last());
    }

    private static String indentation(Statement s) {
        return s == null ? "" : s.indentation();
    }

    /**
     * Asks for a TODO note on the construct {@code s} (a decorator's note belongs to what it
     * decorates, above the first decorator): the notes for one construct are written together as
     * one, in the order of the spots they are about.
     */
    private void note(Statement s, int at, String message, String recipe) {
        Statement construct = s.kind() == StatementKind.DECORATOR ? decorated(s) : s;
        notes.computeIfAbsent(construct, k -> new ArrayList<>()).add(new Note(at, message == null ? recipe : message, recipe));
    }

    private record Note(int at, String message, String recipe) {
    }

    private void writeNotes() {
        for (Map.Entry<Statement, List<Note>> e : notes.entrySet()) {
            List<Note> list = new ArrayList<>(e.getValue());
            list.sort(Comparator.comparingInt(Note::at));
            List<String> messages = list.stream().map(Note::message).distinct().toList();
            Edit todo = todoComment(e.getKey(), String.join("; also: ", messages), list.get(0).recipe());
            if (todo != null) {
                noteEdits.add(todo);
                plan.offer(todo);
            }
        }
    }

    /** The def or class a decorator belongs to (the decorator itself if none is found). */
    private Statement decorated(Statement decorator) {
        Statement parent = parents().get(decorator);
        for (Statement sibling : module.block(parent)) {
            if (sibling.decorators().contains(decorator)) {
                return sibling;
            }
        }
        return decorator;
    }

    /** A '# TODO(greenshift): ...' line above the statement, unless the comment lines right above already say it. */
    private Edit todoComment(Statement s, String message, String recipe) {
        Token first = tokens.get(s.firstWithDecorators());
        int lineStart = module.lineStart(first.offset());
        if (!text.substring(lineStart, first.offset()).isBlank()) {
            return null;
        }
        String eol = LineEndings.at(text, first.offset());
        List<String> lines = Notes.wrap("TODO(greenshift): " + message, s.indentation(), style.lineLength());
        String comment = String.join(eol, lines);
        // The same note already there (this file was rewritten before, or two cases flag one statement):
        // anywhere in the comment lines right above, since several notes can stack there.
        if (text.substring(module.commentsAbove(lineStart), lineStart).contains(comment)) {
            return null;
        }
        return Edit.fixed(lineStart, lineStart, recipe, comment + eol, first.line());
    }
}
