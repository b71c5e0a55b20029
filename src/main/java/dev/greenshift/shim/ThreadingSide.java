package dev.greenshift.shim;

import dev.greenshift.lex.Token;
import dev.greenshift.lex.TokenKind;
import dev.greenshift.lex.TokenStream;
import dev.greenshift.names.Binding;
import dev.greenshift.names.ImportedName;
import dev.greenshift.names.ModuleLocation;
import dev.greenshift.names.NameTable;
import dev.greenshift.syntax.Module;
import dev.greenshift.syntax.Statement;
import dev.greenshift.syntax.StatementKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The threading backend of a neutral interface: of the API module as the {@code neutral} pack
 * rewrote it, the boundary functions and every top-level statement they need (imports, constants,
 * helpers, found through the module's {@link NameTable}), in the module's order. The boundary
 * functions are renamed {@code _threading_<name>} (their calls among themselves too), so that the
 * interface's own names stay free. Nothing else of the module is copied: importing the interface
 * in threading mode must not import Eventlet.
 */
public final class ThreadingSide {
    static final String PREFIX = "_threading_";

    /** The copied statements: imports apart (they go to the top of the file), then the rest. */
    public record Copy(List<String> imports, List<String> statements, Set<String> boundNames, Map<String, Statement> definitions,
                       TokenStream tokens) {
    }

    private final Module module;
    private final TokenStream tokens;
    private final NameTable names;
    private final List<Statement> top;

    private ThreadingSide(String rewritten, String apiModule) {
        this.module = Module.parse(rewritten);
        this.tokens = module.tokens();
        this.names = NameTable.of(module, new ModuleLocation(apiModule, false));
        this.top = module.body().statements();
    }

    public static String renamed(String original) {
        return PREFIX + original;
    }

    /** The copy for {@code functions}, taken from {@code rewritten}, the text of module {@code apiModule}. */
    public static Copy of(String rewritten, String apiModule, List<String> functions) {
        return new ThreadingSide(rewritten, apiModule).copy(Set.copyOf(functions));
    }

    private Copy copy(Set<String> functions) {
        Map<String, List<Statement>> binders = binders();
        Set<Statement> needed = new LinkedHashSet<>();
        Deque<Statement> work = new ArrayDeque<>();
        Map<String, Statement> definitions = new HashMap<>();
        for (Statement s : top) {
            if (s.kind() == StatementKind.DEF && functions.contains(Definitions.name(tokens, s))) {
                definitions.put(Definitions.name(tokens, s), s);
                needed.add(s);
                work.add(s);
            }
        }
        while (!work.isEmpty()) {
            Statement s = work.poll();
            for (int i = s.firstWithDecorators(); i <= s.lastDeep(); i++) {
                if (isModuleReference(i)) {
                    for (Statement binder : binders.getOrDefault(tokens.text(i), List.of())) {
                        if (needed.add(binder)) {
                            work.add(binder);
                        }
                    }
                }
            }
        }
        Map<Integer, String> renames = new TreeMap<>();
        for (Statement s : needed) {
            for (int i = s.firstWithDecorators(); i <= s.lastDeep(); i++) {
                String name = tokens.text(i);
                if (functions.contains(name) && (isModuleReference(i) || i == Definitions.nameIndex(tokens, s))) {
                    renames.put(i, renamed(name));
                }
            }
        }
        List<String> imports = new ArrayList<>();
        List<String> statements = new ArrayList<>();
        Set<String> bound = new LinkedHashSet<>();
        for (Statement s : top) {
            if (!needed.contains(s)) {
                continue;
            }
            String text = textOf(s, renames);
            if (s.kind().isImport()) {
                imports.add(optionalIfEventlet(s, text));
            } else {
                statements.add(text);
            }
            binders.forEach((name, list) -> {
                if (list.contains(s)) {
                    bound.add(functions.contains(name) ? renamed(name) : name);
                }
            });
        }
        return new Copy(imports, statements, bound, definitions, tokens);
    }

    /**
     * An import of Eventlet that flagged code of the threading side still needs, made optional:
     * in threading mode the module must import where Eventlet is not installed; the flagged
     * function fails when called, where its TODO note says why.
     */
    private String optionalIfEventlet(Statement s, String text) {
        List<String> bound = names.imports().stream()
                .filter(n -> n.statement() == s && (n.qualified().equals("eventlet") || n.qualified().startsWith("eventlet.")))
                .map(ImportedName::boundName).distinct().toList();
        if (bound.isEmpty()) {
            return text;
        }
        return "try:\n    " + text.strip() + "\nexcept ImportError:  # threading mode without Eventlet: see the TODO notes\n    "
                + String.join(" = ", bound) + " = None\n";
    }

    /** A NAME that is a reference to the module's own binding of it (not an attribute, a local, a keyword argument). */
    private boolean isModuleReference(int i) {
        if (tokens.kind(i) != TokenKind.NAME || module.isAttributeAccess(i) || names.moduleBinding(tokens.text(i)) == null
                || names.isLocalAt(tokens.text(i), i)) {
            return false;
        }
        int next = tokens.nextCode(i + 1);
        int previous = tokens.previousCode(i - 1);
        boolean keywordArgument = next < tokens.size() && tokens.isOp(next, "=") && previous >= 0
                && (tokens.isOp(previous, "(") || tokens.isOp(previous, ","));
        return !keywordArgument;
    }

    /** For each module-level name, the top-level statements that bind it. */
    private Map<String, List<Statement>> binders() {
        Map<String, List<Statement>> out = new HashMap<>();
        for (Statement s : top) {
            for (String name : boundBy(s)) {
                out.computeIfAbsent(name, k -> new ArrayList<>()).add(s);
            }
        }
        return out;
    }

    private Set<String> boundBy(Statement s) {
        Set<String> bound = new LinkedHashSet<>();
        for (ImportedName n : names.imports()) {
            if (n.first() >= s.firstWithDecorators() && n.last() <= s.lastDeep()) {
                bound.add(n.boundName());
            }
        }
        collectBound(s, bound);
        return bound;
    }

    private void collectBound(Statement s, Set<String> bound) {
        switch (s.kind()) {
            case DEF, CLASS -> bound.add(Definitions.name(tokens, s));
            case ASSIGNMENT, AUGMENTED_ASSIGNMENT -> assignedNames(s, bound);
            default -> s.children().forEach(c -> collectBound(c, bound));
        }
    }

    /** The plain names on the left of the statement's last top-level '=' (or before an annotation's ':'). */
    private void assignedNames(Statement s, Set<String> bound) {
        int end = -1;
        for (int i = s.first(); i <= s.last(); i = tokens.nextCode(i + 1)) {
            Token t = tokens.get(i);
            if (t.isOp("=") || t.kind() == TokenKind.OP && t.text().endsWith("=") && t.text().length() == 2
                    && !t.isOp("==") && !t.isOp("!=") && !t.isOp("<=") && !t.isOp(">=")) {
                end = i;
            } else if (t.isOp(":") && end < 0) {
                end = i;
                break;
            } else if (t.opensBracket() && tokens.partner(i) > i) {
                i = tokens.partner(i);
            }
        }
        for (int i = s.first(); i < end; i++) {
            if (tokens.kind(i) == TokenKind.NAME && !module.isAttributeAccess(i) && names.moduleBinding(tokens.text(i)) instanceof Binding.Local) {
                bound.add(tokens.text(i));
            }
        }
    }

    /** The statement's lines (decorators included), with the renames made, ending with a line break. */
    private String textOf(Statement s, Map<Integer, String> renames) {
        int from = s.firstWithDecorators();
        int to = s.lastDeep();
        StringBuilder out = new StringBuilder();
        int lineStart = module.lineStart(tokens.offset(from));
        out.append(tokens.text(), lineStart, tokens.offset(from));
        for (int i = from; i <= to; i++) {
            out.append(renames.getOrDefault(i, tokens.text(i)));
        }
        String text = out.toString().stripTrailing();
        return text + "\n";
    }
}
