package dev.greenshift.recipe;

import dev.greenshift.grammar.RecipeLexer;
import dev.greenshift.grammar.RecipeParser;
import dev.greenshift.lex.Tokenizer;
import dev.greenshift.lex.TokenKind;
import dev.greenshift.lex.TokenStream;
import dev.greenshift.match.Context;
import dev.greenshift.match.Pattern;
import dev.greenshift.match.PatternCompiler;
import dev.greenshift.match.PatternException;
import dev.greenshift.match.Template;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;

/**
 * The recipe stage's entry: reads *.recipe files from rule directories (a directory of pack
 * directories, or one pack directory), checks everything that can be checked before any code is
 * seen, and reports every problem as {@code file:line:col: message}.
 */
public final class RecipeLoader {
    public static final String EXTENSION = ".recipe";

    private final List<String> problems = new ArrayList<>();
    private final List<Recipe> recipes = new ArrayList<>();
    private final Map<String, String> aliases = new HashMap<>();
    /** Helper functions by name, from each pack's helpers/ directory. */
    private final Map<String, Helper> helpers = new HashMap<>();
    private final Map<String, String> firstDefinition = new HashMap<>();
    /** Parameter values: declared defaults, then the caller's settings. */
    private final Map<String, String> parameters = new HashMap<>();
    private final Map<String, String> settings;
    private final List<Parsed> parsed = new ArrayList<>();
    /** Whether the recipe being built names a parameter (such recipes run only when selected). */
    private boolean usesParameter;

    /** One recipe file, parsed, waiting for every file's parameters before its recipes are built. */
    private record Parsed(String fileName, String pack, String text, RecipeParser.FileContext tree) {
    }

    private RecipeLoader(Map<String, String> settings) {
        this.settings = Map.copyOf(settings);
    }

    public static RecipeSet load(List<Path> directories) throws RecipeException {
        return load(directories, Map.of());
    }

    /**
     * Loads the recipes under the directories; {@code settings} set declared parameters
     * ({@code parameter neutral = "..."}) and are ignored when no loaded file declares them.
     */
    public static RecipeSet load(List<Path> directories, Map<String, String> settings) throws RecipeException {
        RecipeLoader loader = new RecipeLoader(settings);
        for (Path dir : directories) {
            loader.loadDirectory(dir);
        }
        return loader.build();
    }

    /** Parses recipe text (for tests and for users checking one file). */
    public static RecipeSet parse(String fileName, String pack, String text) throws RecipeException {
        return parse(fileName, pack, text, Map.of());
    }

    public static RecipeSet parse(String fileName, String pack, String text, Map<String, String> settings) throws RecipeException {
        RecipeLoader loader = new RecipeLoader(settings);
        loader.loadText(fileName, pack, text);
        return loader.build();
    }

    private RecipeSet build() throws RecipeException {
        for (Parsed p : parsed) {
            for (RecipeParser.ParameterContext param : p.tree().parameter()) {
                declare(p.fileName(), param);
            }
        }
        settings.forEach((name, value) -> parameters.computeIfPresent(name, (k, v) -> value));
        for (Parsed p : parsed) {
            for (RecipeParser.RecipeContext recipe : p.tree().recipe()) {
                Recipe built = build(p.fileName(), p.pack(), p.text(), recipe);
                if (built != null) {
                    recipes.add(built);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RecipeException(problems);
        }
        return new RecipeSet(recipes, aliases, helpers);
    }

    private void declare(String fileName, RecipeParser.ParameterContext param) {
        String name = param.ident().getText();
        String value = unquote(param.STRING().getText());
        String before = parameters.putIfAbsent(name, value);
        if (before != null && !before.equals(value)) {
            problems.add(at(fileName, param.start) + "parameter '" + name + "' declared again with another default (\"" + before + "\")");
        }
    }

    private void loadDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            problems.add(dir + ": not a directory of recipes");
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir, 2)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(EXTENSION)).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(dir + ": cannot list: " + e.getMessage());
            return;
        }
        loadHelpers(dir);
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                // A FIFO named like a recipe would block the read forever.
                problems.add(file + ": not a regular file");
                continue;
            }
            Path parent = file.getParent();
            String pack = parent == null ? "default" : parent.getFileName().toString();
            try {
                loadText(file.toString(), pack, Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                problems.add(file + ": cannot read: " + e.getMessage());
            }
        }
    }

    /** The helpers of the packs under {@code dir}: {@code helpers/NAME.py} beside a pack's recipes. */
    private void loadHelpers(Path dir) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir, 3)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".py") && p.getParent() != null
                    && p.getParent().getFileName().toString().equals("helpers") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(dir + ": cannot list helpers: " + e.getMessage());
            return;
        }
        for (Path file : files) {
            String name = file.getFileName().toString().replaceFirst("\\.py$", "");
            try {
                helpers.putIfAbsent(name, Helper.parse(name, Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                problems.add(file + ": cannot read: " + e.getMessage());
            }
        }
    }

    private void loadText(String fileName, String pack, String text) {
        RecipeLexer lexer = new RecipeLexer(CharStreams.fromString(text, fileName));
        RecipeParser parser = new RecipeParser(new CommonTokenStream(lexer));
        BaseErrorListener listener = new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> r, Object symbol, int line, int col, String msg, RecognitionException e) {
                problems.add(fileName + ":" + line + ":" + (col + 1) + ": " + msg);
            }
        };
        lexer.removeErrorListeners();
        lexer.addErrorListener(listener);
        parser.removeErrorListeners();
        parser.addErrorListener(listener);
        int before = problems.size();
        RecipeParser.FileContext file = parser.file();
        if (problems.size() > before) {
            return;
        }
        for (RecipeParser.AliasContext alias : file.alias()) {
            aliases.put(alias.dotted(0).getText(), alias.dotted(1).getText());
        }
        parsed.add(new Parsed(fileName, pack, text, file));
    }

    private Recipe build(String fileName, String pack, String text, RecipeParser.RecipeContext ctx) {
        String id = ctx.ident().getText();
        String where = fileName + ":" + ctx.start.getLine() + ":" + (ctx.start.getCharPositionInLine() + 1);
        String first = firstDefinition.putIfAbsent(id, where);
        if (first != null) {
            problems.add(where + ": duplicate recipe id '" + id + "' (first defined at " + first + ")");
            return null;
        }
        usesParameter = false;
        String summary = null;
        Category category = null;
        Safety safety = null;
        String message = null;
        Validity validity = null;
        java.util.Set<String> needs = Recipe.NEEDS_BY_DEFAULT;
        List<Requirement> requires = new ArrayList<>();
        List<RecipeCase> cases = new ArrayList<>();
        for (RecipeParser.ItemContext item : ctx.item()) {
            if (item instanceof RecipeParser.SummaryContext s) {
                summary = unquote(s.STRING().getText());
            } else if (item instanceof RecipeParser.CategoryContext c) {
                category = Category.bySlug(c.ident().getText());
                if (category == null) {
                    problems.add(at(fileName, c.ident().start) + "unknown category '" + c.ident().getText() + "' (expected one of " + Category.slugs() + ")");
                }
            } else if (item instanceof RecipeParser.SafetyContext s) {
                try {
                    safety = Safety.valueOf(s.ident().getText().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    problems.add(at(fileName, s.ident().start) + "unknown safety '" + s.ident().getText() + "' (expected safe, review or manual)");
                }
            } else if (item instanceof RecipeParser.MessageContext m) {
                message = unquote(m.STRING().getText());
            } else if (item instanceof RecipeParser.ValidContext v) {
                validity = validity(fileName, v.validIn());
            } else if (item instanceof RecipeParser.NeedsContext n) {
                needs = new java.util.TreeSet<>();
                for (org.antlr.v4.runtime.tree.TerminalNode word : n.ID()) {
                    if (!Recipe.NEEDS_WORDS.contains(word.getText())) {
                        problems.add(at(fileName, word.getSymbol()) + "unknown need '" + word.getText() + "' (expected thread, time or nothing)");
                    } else if (!word.getText().equals("nothing")) {
                        needs.add(word.getText());
                    }
                }
            } else if (item instanceof RecipeParser.RequiresContext r) {
                Requirement req = requirement(fileName, r.importSpec());
                if (req != null) {
                    requires.add(req);
                }
            } else if (item instanceof RecipeParser.CaseContext c) {
                RecipeCase built = recipeCase(fileName, c);
                if (built != null) {
                    cases.add(built);
                }
            }
        }
        if (summary == null) {
            problems.add(where + ": recipe '" + id + "' has no summary");
        }
        if (category == null && problems.stream().noneMatch(p -> p.startsWith(fileName) && p.contains("unknown category"))) {
            problems.add(where + ": recipe '" + id + "' has no category");
        }
        if (safety == null) {
            safety = Safety.REVIEW;
            problems.add(where + ": recipe '" + id + "' has no safety (safe, review or manual)");
        }
        if (cases.isEmpty()) {
            problems.add(where + ": recipe '" + id + "' has no match case");
        }
        String source = text.substring(ctx.start.getStartIndex(), ctx.stop.getStopIndex() + 1);
        return new Recipe(id, pack, summary, category, safety, message, requires, cases, fileName, ctx.start.getLine(), source,
                usesParameter, validity == null ? Validity.ANYWHERE : validity, needs);
    }

    private Validity validity(String fileName, RecipeParser.ValidInContext v) {
        Validity validity = Validity.parse(v.ident().getText());
        if (validity == null) {
            problems.add(at(fileName, v.ident().start) + "unknown world '" + v.ident().getText()
                    + "' after valid (expected patched, native, both or anywhere)");
        }
        return validity;
    }

    private Requirement requirement(String fileName, RecipeParser.ImportSpecContext spec) {
        if (spec instanceof RecipeParser.ModuleImportContext m) {
            String module = m.PARAM() == null ? m.dotted().getText() : parameterValue(fileName, m.PARAM().getSymbol(), m.PARAM().getText());
            if (module == null) {
                return null;
            }
            int dot = module.lastIndexOf('.');
            return dot < 0 ? new Requirement(module, null, null) : new Requirement(module.substring(0, dot), module.substring(dot + 1), null);
        }
        if (spec instanceof RecipeParser.PlainImportContext p) {
            return new Requirement(p.dotted().getText(), null, p.ident() == null ? null : p.ident().getText());
        }
        RecipeParser.FromImportContext f = (RecipeParser.FromImportContext) spec;
        return new Requirement(f.dotted().getText(), f.ident(0).getText(), f.ident().size() > 1 ? f.ident(1).getText() : null);
    }

    private RecipeCase recipeCase(String fileName, RecipeParser.CaseContext c) {
        Context context = Context.parse(c.ident().getText());
        if (context == null) {
            problems.add(at(fileName, c.ident().start) + "unknown match context '" + c.ident().getText()
                    + "' (expected call, name, statement, assignment, with, decorator, method or string)");
            return null;
        }
        Token patternToken = c.PYTHON().getSymbol();
        String patternText = code(fileName, patternToken);
        if (patternText == null) {
            return null;
        }
        Pattern pattern;
        try {
            pattern = PatternCompiler.compile(context, patternText);
        } catch (PatternException e) {
            problems.add(positionIn(fileName, patternToken, e.offset()) + e.getMessage());
            return null;
        }
        List<Condition> conditions = new ArrayList<>();
        for (RecipeParser.ConditionContext cond : c.condition()) {
            Condition built = condition(fileName, cond, pattern);
            if (built == null) {
                return null;
            }
            conditions.add(built);
        }
        Template template = null;
        Flag flag = null;
        if (c.action() instanceof RecipeParser.RewriteContext r) {
            Token templateToken = r.PYTHON().getSymbol();
            String templateText = code(fileName, templateToken);
            if (templateText == null) {
                return null;
            }
            try {
                template = Template.parse(templateText);
            } catch (PatternException e) {
                problems.add(positionIn(fileName, templateToken, e.offset()) + e.getMessage());
                return null;
            }
            if (!template.text().isBlank() && !checkTemplate(fileName, templateToken, pattern.boundVariables(), pattern.context(), template)) {
                return null;
            }
            if (template.text().isBlank() && context != Context.STATEMENT) {
                problems.add(positionIn(fileName, templateToken, 0) + "an empty template deletes a statement: only in a statement case");
                return null;
            }
            flag = flag(r.flag());
        } else if (c.action() instanceof RecipeParser.FlagOnlyContext f) {
            flag = flag(f.flag());
        }
        String kept = c.action() instanceof RecipeParser.KeepContext k ? unquote(k.STRING().getText()) : null;
        List<FollowUp> followUps = new ArrayList<>();
        for (RecipeParser.FollowUpContext f : c.followUp()) {
            FollowUp built = followUp(fileName, f, pattern);
            if (built == null) {
                return null;
            }
            followUps.add(built);
        }
        Validity validity = null;
        if (c.validIn() != null) {
            validity = validity(fileName, c.validIn());
            if (validity == null) {
                return null;
            }
        }
        return new RecipeCase(pattern, conditions, template, flag, followUps, patternToken.getLine(), validity, kept);
    }

    private Condition condition(String fileName, RecipeParser.ConditionContext cond, Pattern pattern) {
        if (cond instanceof RecipeParser.RanContext ran) {
            return new Condition.Ran(ran.ident().getText(), ran.getChildCount() > 3);
        }
        if (cond instanceof RecipeParser.AloneContext) {
            return new Condition.Alone();
        }
        if (cond instanceof RecipeParser.WithinContext w) {
            dev.greenshift.syntax.StatementKind kind;
            try {
                kind = dev.greenshift.syntax.StatementKind.valueOf(w.ident().getText().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(at(fileName, w.ident().start) + "unknown statement kind '" + w.ident().getText() + "' (for example except, with, for)");
                return null;
            }
            return new Condition.Within(kind, w.NOT() != null);
        }
        if (cond instanceof RecipeParser.CheckedContext ch) {
            return new Condition.Checked(ch.NOT() != null);
        }
        if (cond instanceof RecipeParser.AnnotatedContext an) {
            return new Condition.Annotated(an.NOT() != null);
        }
        if (cond instanceof RecipeParser.SharesContext sh) {
            return new Condition.Shares(sh.NOT() != null);
        }
        if (cond instanceof RecipeParser.TimedContext t) {
            return new Condition.Timed(t.NOT() != null);
        }
        if (cond instanceof RecipeParser.ExitsContext x) {
            String name = x.VAR().getText().substring(1);
            if (!pattern.boundVariables().contains(name)) {
                problems.add(at(fileName, x.VAR().getSymbol()) + "$" + name + " is not bound by this case's pattern");
                return null;
            }
            return new Condition.Exits(name, x.NOT() != null);
        }
        if (cond instanceof RecipeParser.LibraryContext n) {
            String name = n.VAR().getText().substring(1);
            if (!pattern.boundVariables().contains(name)) {
                problems.add(at(fileName, n.VAR().getSymbol()) + "$" + name + " is not bound by this case's pattern");
                return null;
            }
            return new Condition.Library(name, n.NOT() != null);
        }
        String var;
        if (cond instanceof RecipeParser.UnusedContext u) {
            var = u.VAR().getText().substring(1);
            if (!checkHandle(fileName, u.VAR().getSymbol(), var, pattern)) {
                return null;
            }
            return new Condition.Unused(var);
        }
        RecipeParser.OnlyContext only = (RecipeParser.OnlyContext) cond;
        var = only.VAR().getText().substring(1);
        if (!checkHandle(fileName, only.VAR().getSymbol(), var, pattern)) {
            return null;
        }
        List<dev.greenshift.match.UsePattern> uses = new ArrayList<>();
        for (RecipeParser.UsePatternContext u : only.usePattern()) {
            boolean statement = false;
            boolean last = false;
            for (RecipeParser.IdentContext word : u.ident()) {
                switch (word.getText()) {
                    case "statement" -> statement = true;
                    case "last" -> last = true;
                    case "call" -> { }
                    default -> {
                        problems.add(at(fileName, word.start) + "unknown use modifier '" + word.getText() + "' (expected statement, call or last)");
                        return null;
                    }
                }
            }
            dev.greenshift.match.UsePattern use = use(fileName, u.PYTHON().getSymbol(), statement, last);
            if (use == null) {
                return null;
            }
            if (!use.var().equals(var)) {
                problems.add(positionIn(fileName, u.PYTHON().getSymbol(), 0) + "a use of $" + var + " must start with $" + var);
                return null;
            }
            uses.add(use);
        }
        return new Condition.Only(var, uses);
    }

    /** Conditions on handles need a case that binds one: an assignment's target. */
    private boolean checkHandle(String fileName, Token token, String var, Pattern pattern) {
        if (pattern instanceof Pattern.Call call && var.equals(call.target())) {
            return true;
        }
        problems.add(at(fileName, token) + "$" + var + " is not the assignment target of this case's pattern");
        return false;
    }

    private dev.greenshift.match.UsePattern use(String fileName, Token token, boolean statement, boolean last) {
        String text = code(fileName, token);
        if (text == null) {
            return null;
        }
        try {
            return PatternCompiler.compileUse(text, statement, last);
        } catch (PatternException e) {
            problems.add(positionIn(fileName, token, e.offset()) + e.getMessage());
            return null;
        }
    }

    private FollowUp followUp(String fileName, RecipeParser.FollowUpContext f, Pattern pattern) {
        dev.greenshift.match.UsePattern use = use(fileName, f.PYTHON(0).getSymbol(), false, false);
        if (use == null) {
            return null;
        }
        if (!(pattern instanceof Pattern.Call call) || !use.var().equals(call.target())) {
            problems.add(positionIn(fileName, f.PYTHON(0).getSymbol(), 0) + "'then' rewrites uses of the case's assignment target");
            return null;
        }
        Token templateToken = f.PYTHON(1).getSymbol();
        String templateText = code(fileName, templateToken);
        if (templateText == null) {
            return null;
        }
        Template template;
        try {
            template = Template.parse(templateText);
        } catch (PatternException e) {
            problems.add(positionIn(fileName, templateToken, e.offset()) + e.getMessage());
            return null;
        }
        java.util.Set<String> bound = new java.util.LinkedHashSet<>();
        bound.add(use.var());
        for (dev.greenshift.match.ArgPattern a : use.args()) {
            Pattern.collect(a, bound);
        }
        bound.remove("_");
        return checkTemplate(fileName, templateToken, bound, Context.CALL, template) ? new FollowUp(use, template) : null;
    }

    private static Flag flag(RecipeParser.FlagContext f) {
        if (f == null) {
            return null;
        }
        return new Flag(f.TODO() != null, f.STRING() == null ? null : unquote(f.STRING().getText()));
    }

    /** Unknown metavariables and templates that are not Python-shaped are load errors. */
    private boolean checkTemplate(String fileName, Token token, Set<String> bound, Context context, Template template) {
        for (String var : template.variables()) {
            if (!bound.contains(var)) {
                problems.add(positionIn(fileName, token, template.text().indexOf("$")) + "unknown metavariable $" + var
                        + " in template (the pattern binds " + (bound.isEmpty() ? "none" : "$" + String.join(", $", bound)) + ")");
                return false;
            }
        }
        if (context == Context.STRING || context == Context.IMPORT) {
            return true;
        }
        String problem = pythonShapeProblem(template.withPlaceholders());
        if (problem != null) {
            problems.add(positionIn(fileName, token, 0) + "template is not valid Python: " + problem);
            return false;
        }
        return true;
    }

    /** A cheap syntax check that needs no python3 ({@link TemplateSyntax}). */
    static String pythonShapeProblem(String code) {
        return TemplateSyntax.problem(code);
    }

    private static String at(String fileName, Token token) {
        return fileName + ":" + token.getLine() + ":" + (token.getCharPositionInLine() + 1) + ": ";
    }

    /** file:line:col of an offset inside a backtick token's content. */
    private static String positionIn(String fileName, Token token, int offset) {
        String text = token.getText();
        int fence = text.startsWith("```") ? 3 : 1;
        int line = token.getLine();
        int col = token.getCharPositionInLine() + fence;
        for (int i = fence; i < Math.min(text.length(), fence + Math.max(0, offset)); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 0;
            } else {
                col++;
            }
        }
        return fileName + ":" + line + ":" + (col + 1) + ": ";
    }

    private static final java.util.regex.Pattern PARAMETER = java.util.regex.Pattern.compile("<([A-Za-z_][A-Za-z0-9_-]*)(?::([a-z]+))?>");

    /** The code between a token's backticks with every {@code <parameter>} replaced, or null after reporting an unknown one. */
    private String code(String fileName, Token token) {
        String text = unfence(token.getText());
        java.util.regex.Matcher m = PARAMETER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = parameterValue(fileName, token, m.group());
            if (value == null) {
                return null;
            }
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The value of {@code <name>} or {@code <name:last>} (its last dotted name), or null after reporting the problem. */
    private String parameterValue(String fileName, Token token, String reference) {
        java.util.regex.Matcher m = PARAMETER.matcher(reference);
        if (!m.matches()) {
            return null;
        }
        String value = parameters.get(m.group(1));
        if (value == null) {
            problems.add(at(fileName, token) + "unknown parameter " + reference + " (declare it: parameter " + m.group(1)
                    + " = \"default\")");
            return null;
        }
        usesParameter = true;
        if (m.group(2) == null) {
            return value;
        }
        if (!m.group(2).equals("last")) {
            problems.add(at(fileName, token) + "unknown parameter form " + reference + " (expected <" + m.group(1) + "> or <"
                    + m.group(1) + ":last>)");
            return null;
        }
        return value.substring(value.lastIndexOf('.') + 1);
    }

    private static String unfence(String text) {
        if (text.startsWith("```")) {
            String body = text.substring(3, text.length() - 3);
            if (body.startsWith("\n")) {
                body = body.substring(1);
            } else if (body.startsWith("\r\n")) {
                body = body.substring(2);
            }
            return dedent(body.replaceAll("\\R[ \\t]*$", "").replace("\r\n", "\n"));
        }
        return text.substring(1, text.length() - 1);
    }

    /** Removes the indentation all lines share, so templates can be indented inside the recipe. */
    private static String dedent(String body) {
        String[] lines = body.split("\n", -1);
        int common = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                int n = 0;
                while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) {
                    n++;
                }
                common = Math.min(common, n);
            }
        }
        if (common == Integer.MAX_VALUE || common == 0) {
            return body;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            out.append(lines[i].isBlank() ? "" : lines[i].substring(common));
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String unquote(String s) {
        String body = s.substring(1, s.length() - 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                char n = body.charAt(++i);
                out.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
