package dev.greenshift.rewrite;

import dev.greenshift.lex.Token;
import dev.greenshift.lex.TokenKind;
import dev.greenshift.lex.TokenStream;
import dev.greenshift.names.Binding;
import dev.greenshift.names.NameTable;
import dev.greenshift.recipe.Helper;
import dev.greenshift.recipe.Requirement;
import dev.greenshift.syntax.Module;
import dev.greenshift.syntax.Statement;
import dev.greenshift.syntax.StatementKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The helper functions a module's rewrites call, written once into it: each under its own name
 * unless the module already uses that name (then a numbered one), logging through the module's
 * logger ({@code LOG}, {@code logger}, {@code log} bound at module level to a {@code getLogger()}
 * call) or else {@code logging.getLogger(__name__)}; placed after the imports and the logger, before
 * the first function or class (or the first top-level statement that calls a helper).
 */
public final class Helpers {
    private static final Pattern LOGGER_NAME = Pattern.compile("_?(?:LOG|LOGGER|log|logger|Log|Logger)");

    private final Module module;
    private final NameTable names;
    private final String text;
    /** Helpers used so far, by name, with the name each is written under in this module. */
    private final Map<String, String> chosen = new LinkedHashMap<>();
    private final Map<String, Helper> used = new LinkedHashMap<>();
    private int firstTopLevelUse = Integer.MAX_VALUE;

    public Helpers(Module module, NameTable names) {
        this.module = module;
        this.names = names;
        this.text = module.tokens().text();
    }

    /** The name {@code helper} is written under in this module (the same for every call). */
    public String nameOf(Helper helper) {
        return chosen.computeIfAbsent(helper.name(), n -> {
            if (!mentions(n) || alreadyDefined(helper, n)) {
                return n;
            }
            for (int i = 2; ; i++) {
                if (!mentions(n + i)) {
                    return n + i;
                }
            }
        });
    }

    /** Records that an accepted edit at top-level statement {@code topLevel} (an index of the module's body) calls the helper. */
    public void use(Helper helper, int topLevel) {
        used.putIfAbsent(helper.name(), helper);
        firstTopLevelUse = Math.min(firstTopLevelUse, topLevel);
    }

    public boolean isEmpty() {
        return used.isEmpty();
    }

    /** The imports the written helpers need. */
    public List<Requirement> requirements() {
        List<Requirement> out = new ArrayList<>();
        for (Helper h : used.values()) {
            if (alreadyDefined(h, chosen.get(h.name()))) {
                continue;
            }
            out.addAll(h.requires());
            if (usesLogger(h) && logger() == null) {
                out.add(loggingModule());
            }
        }
        return out;
    }

    /** The insertion that writes the helpers not yet in the module, or null when there are none. */
    public Edit insertion(String lineEnding) {
        List<String> code = new ArrayList<>();
        for (Helper h : used.values()) {
            String name = chosen.get(h.name());
            if (!alreadyDefined(h, name)) {
                code.add(codeOf(h, name));
            }
        }
        if (code.isEmpty()) {
            return null;
        }
        String helpers = String.join("\n\n", code).replace("\n", lineEnding);
        int at = insertionPoint();
        if (at >= text.length()) {
            String prefix = text.isEmpty() || text.endsWith("\n") ? "" : lineEnding;
            return Edit.fixed(text.length(), text.length(), "helper", prefix + blankLinesNeeded(text.length()) + helpers, 1);
        }
        String before = blankLinesNeeded(at).replace("\n", lineEnding);
        return Edit.fixed(at, at, "helper", before + helpers + lineEnding + lineEnding, lineOf(at));
    }

    private String codeOf(Helper h, String name) {
        String code = h.code();
        if (!name.equals(h.name())) {
            code = code.replaceAll("(?<![\\w.])" + Pattern.quote(h.name()) + "(?!\\w)", name);
        }
        if (usesLogger(h)) {
            String logger = logger();
            String written = logger != null ? logger : loggingModule().boundName() + ".getLogger(__name__)";
            code = code.replaceAll("(?<![\\w.])LOG(?!\\w)", java.util.regex.Matcher.quoteReplacement(written));
        }
        return code;
    }

    private static boolean usesLogger(Helper h) {
        return Pattern.compile("(?<![\\w.])LOG(?!\\w)").matcher(h.code()).find();
    }

    /** The stdlib logging module under the name that reaches it: 'logging' unless the module binds that to something else. */
    private Requirement loggingModule() {
        Binding b = names.moduleBinding("logging");
        boolean free = b == null || b instanceof Binding.Imported imported && imported.qualified().equals("logging");
        return free ? new Requirement("logging", null, null) : new Requirement("logging", null, "_logging");
    }

    /** The module-level name bound to a getLogger() call ({@code LOG = logging.getLogger(__name__)}), or null. */
    String logger() {
        TokenStream tokens = module.tokens();
        for (Statement s : module.body().statements()) {
            if (s.kind() != StatementKind.ASSIGNMENT) {
                continue;
            }
            Token target = tokens.get(s.first());
            int equals = tokens.nextCode(s.first() + 1);
            if (target.kind() != TokenKind.NAME || !LOGGER_NAME.matcher(target.text()).matches() || !tokens.isOp(equals, "=")) {
                continue;
            }
            String value = tokens.textOf(equals + 1, s.last());
            if (value.contains("getLogger(") && names.moduleBinding(target.text()) instanceof Binding.Local) {
                return target.text();
            }
        }
        return null;
    }

    private boolean mentions(String name) {
        return Pattern.compile("(?<![\\w.])" + Pattern.quote(name) + "(?!\\w)").matcher(text).find();
    }

    /** True when the module already holds this helper's code under that name (a rerun on rewritten code). */
    private boolean alreadyDefined(Helper h, String name) {
        return text.contains("def " + name + "(") && text.replace("\r\n", "\n").contains(codeOf(h, name).strip());
    }

    /**
     * Before the first def or class after the imports and the logger, or before the first
     * top-level statement that calls a helper, whichever comes first; above the comments that
     * belong to that statement.
     */
    private int insertionPoint() {
        List<Statement> top = module.body().statements();
        int after = -1;
        String logger = logger();
        for (int i = 0; i < top.size(); i++) {
            Statement s = top.get(i);
            boolean setUp = s.kind().isImport() || i == 0 && s.kind() == StatementKind.EXPRESSION
                    || logger != null && s.kind() == StatementKind.ASSIGNMENT && module.tokens().isName(s.first(), logger);
            if (setUp) {
                after = i;
            }
        }
        int target = -1;
        for (int i = after + 1; i < top.size(); i++) {
            StatementKind k = top.get(i).kind();
            if (k == StatementKind.DEF || k == StatementKind.CLASS || i >= firstTopLevelUse) {
                target = i;
                break;
            }
        }
        if (target < 0) {
            return text.length();
        }
        int lineStart = module.lineStart(module.tokens().offset(top.get(target).firstWithDecorators()));
        return module.commentsAbove(lineStart);
    }


    /** Newlines that make two blank lines before a top-level def written at {@code at} (a line start). */
    private String blankLinesNeeded(int at) {
        int blank = 0;
        int i = at;
        while (i > 0 && blank < 2) {
            int previous = module.lineStart(i - 1);
            if (!text.substring(previous, i).isBlank()) {
                break;
            }
            blank++;
            i = previous;
        }
        return at == 0 ? "" : "\n".repeat(2 - blank);
    }

    private int lineOf(int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            line += text.charAt(i) == '\n' ? 1 : 0;
        }
        return line;
    }
}
