package dev.greenshift.rewrite;

import dev.greenshift.lex.Token;
import dev.greenshift.lex.TokenStream;
import dev.greenshift.names.Binding;
import dev.greenshift.names.ImportedName;
import dev.greenshift.names.NameTable;
import dev.greenshift.recipe.Requirement;
import dev.greenshift.source.LineEndings;
import dev.greenshift.syntax.Module;
import dev.greenshift.syntax.Statement;
import dev.greenshift.syntax.StatementKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Module renames in import statements: {@code from eventlet.green import socket} becomes
 * {@code import socket}, {@code from eventlet.green import urllib2} becomes
 * {@code import urllib.request as urllib2}: every bound name stays bound, so the code that uses it
 * is untouched. Plain {@code import eventlet.green.socket} binds {@code eventlet}, not the module;
 * its references are renamed where they are used, and the import goes when it is unused.
 */
public final class ImportRenamer {

    /** Where imports of {@code source} go, which recipe says so, and whether only when nothing else of the library stays. */
    public record Rename(String target, String recipe, boolean alone) {
    }

    /**
     * An edit and the recipe it counts for; {@code moved} are the standard-library imports taken
     * out of the statement, to be added in the file's standard-library group like any required
     * import (a stdlib module does not stay in the third-party group).
     */
    public record Renamed(Edit edit, String recipe, Statement statement, boolean alone, List<Requirement> moved,
                          List<Edit> uses, Renamed keepingAlias) {
        public Renamed {
            moved = List.copyOf(moved);
            uses = List.copyOf(uses);
        }

        Renamed(Edit edit, String recipe, Statement statement, boolean alone, List<Requirement> moved) {
            this(edit, recipe, statement, alone, moved, List.of(), null);
        }
    }

    private ImportRenamer() {
    }

    public static List<Renamed> edits(Module module, NameTable names, Map<String, Rename> renames, UnaryOperator<String> canonical,
                                      Map<Statement, Statement> parents) {
        return edits(module, names, renames, canonical, parents, name -> true);
    }

    /**
     * As {@link #edits(Module, NameTable, Map, UnaryOperator, Map)}; an alias that names the library
     * ({@code import subprocess as green_subprocess}) is dropped, its uses renamed, where that is safe
     * and {@code usedElsewhere} says no other module writes the alias.
     */
    public static List<Renamed> edits(Module module, NameTable names, Map<String, Rename> renames, UnaryOperator<String> canonical,
                                      Map<Statement, Statement> parents, Predicate<String> usedElsewhere) {
        Map<Statement, List<ImportedName>> byStatement = new LinkedHashMap<>();
        for (ImportedName n : names.imports()) {
            byStatement.computeIfAbsent(n.statement(), k -> new ArrayList<>()).add(n);
        }
        List<Renamed> out = new ArrayList<>();
        TokenStream tokens = module.tokens();
        for (Map.Entry<Statement, List<ImportedName>> e : byStatement.entrySet()) {
            Statement s = e.getKey();
            if (s.kind() == StatementKind.FROM_IMPORT) {
                int[] moduleTokens = fromModule(tokens, s);
                String base = tokens.textOf(moduleTokens[0], moduleTokens[1]).replaceAll("\\s", "");
                Rename whole = base.startsWith(".") ? null : renames.get(canonical.apply(base));
                if (whole != null) {
                    Renamed moved = movable(module, s, parents) ? moved(module, s, whole, e.getValue()) : null;
                    if (moved != null) {
                        out.add(moved);
                        continue;
                    }
                    Edit edit = Edit.fixed(tokens.offset(moduleTokens[0]), tokens.end(moduleTokens[1]), whole.recipe(),
                            whole.target(), s.line());
                    out.add(new Renamed(edit, whole.recipe(), s, whole.alone(), List.of()));
                    continue;
                }
                Renamed r = renameClauses(module, names, s, base, e.getValue(), renames, canonical, parents, usedElsewhere);
                if (r != null) {
                    out.add(r);
                }
            } else if (s.kind() == StatementKind.IMPORT) {
                Renamed r = renameClauses(module, names, s, null, e.getValue(), renames, canonical, parents, usedElsewhere);
                if (r != null) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    private static Renamed renameClauses(Module module, NameTable names, Statement s, String base, List<ImportedName> clauses,
                                         Map<String, Rename> renames, UnaryOperator<String> canonical, Map<Statement, Statement> parents,
                                         Predicate<String> usedElsewhere) {
        Renamed keeping = renameClauses(module, s, base, clauses, renames, canonical, parents, Map.of());
        if (keeping == null) {
            return null;
        }
        Map<ImportedName, String> dropped = new HashMap<>();
        List<Edit> uses = new ArrayList<>();
        for (ImportedName n : clauses) {
            Rename r = renames.get(canonical.apply(n.qualified()));
            if (r == null) {
                continue;
            }
            String plain = r.target().substring(r.target().lastIndexOf('.') + 1);
            List<Edit> renamed = misleading(n.boundName(), plain) && !usedElsewhere.test(n.boundName())
                    ? usesRenamed(module, names, n, plain, r.recipe()) : null;
            if (renamed != null && dropped.values().stream().noneMatch(plain::equals)) {
                dropped.put(n, plain);
                uses.addAll(renamed);
            }
        }
        if (dropped.isEmpty()) {
            return keeping;
        }
        Renamed dropping = renameClauses(module, s, base, clauses, renames, canonical, parents, dropped);
        return new Renamed(dropping.edit(), dropping.recipe(), s, dropping.alone(), dropping.moved(), uses, keeping);
    }

    /** An alias that names the library the run removes: it would lie once the import is the standard module. */
    private static boolean misleading(String alias, String plain) {
        String lower = alias.toLowerCase(java.util.Locale.ROOT);
        return !alias.equals(plain) && (lower.contains("green") || lower.contains("eventlet"));
    }

    /**
     * The edits that rename every use of the import's alias to {@code plain}, or null when that is
     * not safe: {@code plain} is bound anywhere in the module's own scope or at a use, a use reaches
     * something else as well (a rebinding, an optional import), the alias is declared global or
     * written in a string of this module ({@code __all__}, a patch target).
     */
    private static List<Edit> usesRenamed(Module module, NameTable names, ImportedName n, String plain, String recipe) {
        if (names.moduleBinding(plain) != null) {
            return null;
        }
        TokenStream tokens = module.tokens();
        Statement[] owners = module.owners();
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("(?<!\\w)" + java.util.regex.Pattern.quote(n.boundName()) + "(?!\\w)");
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.kind(i) == dev.greenshift.lex.TokenKind.STRING && word.matcher(tokens.text(i)).find()) {
                return null;
            }
            if (!tokens.isName(i, n.boundName()) || module.isAttributeAccess(i)) {
                continue;
            }
            Statement owner = owners[i];
            if (owner != null && owner.kind().isImport()) {
                if (owner != n.statement()) {
                    return null;
                }
                continue;
            }
            if (owner != null && (owner.kind() == StatementKind.GLOBAL || owner.kind() == StatementKind.NONLOCAL)) {
                return null;
            }
            if (names.isLocalAt(n.boundName(), i)) {
                continue;
            }
            if (!(names.lookup(i) instanceof Binding.Imported imported) || imported.optional() || !imported.qualified().equals(n.qualified())
                    || names.resolve(plain, i) != null) {
                return null;
            }
            edits.add(Edit.fixed(tokens.offset(i), tokens.end(i), recipe, plain, tokens.line(i)));
        }
        return edits;
    }

    /** The statement's rewrite, binding the clauses in {@code dropped} to their plain module name. */
    private static Renamed renameClauses(Module module, Statement s, String base, List<ImportedName> clauses,
                                         Map<String, Rename> renames, UnaryOperator<String> canonical, Map<Statement, Statement> parents,
                                         Map<ImportedName, String> dropped) {
        TokenStream tokens = module.tokens();
        List<String> kept = new ArrayList<>();
        List<String> added = new ArrayList<>();
        String recipe = null;
        boolean alone = false;
        for (ImportedName n : clauses) {
            Rename r = renames.get(canonical.apply(n.qualified()));
            boolean bindsTheModule = base != null || !n.boundName().equals(n.qualified().split("\\.")[0]);
            if (r == null || !bindsTheModule) {
                kept.add(tokens.textOf(n.first(), n.last()));
                continue;
            }
            recipe = recipe == null ? r.recipe() : recipe;
            alone |= r.alone();
            added.add(importLine(r.target(), dropped.getOrDefault(n, n.boundName())));
        }
        if (added.isEmpty()) {
            return null;
        }
        Statement parent = parents.get(s);
        Token first = tokens.get(s.first());
        if (movable(module, s, parents)) {
            List<Requirement> moved = added.stream().map(ImportRenamer::requirement).filter(r -> StandardLibrary.contains(r.module())).toList();
            if (!moved.isEmpty()) {
                List<String> stay = new ArrayList<>();
                if (!kept.isEmpty()) {
                    stay.add(base == null ? "import " + String.join(", ", kept) : "from " + base + " import " + String.join(", ", kept));
                }
                added.stream().filter(line -> !StandardLibrary.contains(requirement(line).module())).forEach(stay::add);
                String separator = LineEndings.at(tokens.text(), first.offset());
                Edit edit = stay.isEmpty() ? StatementRemoval.of(module, s, (Statement) null, recipe)
                        : Edit.fixed(first.offset(), tokens.end(s.last()), recipe, String.join(separator, stay), s.line());
                return new Renamed(edit, recipe, s, alone, moved);
            }
        }
        boolean inline = parent != null && parent.body() != null && parent.body().inline();
        String separator = inline ? "; " : LineEndings.at(tokens.text(), first.offset()) + s.indentation();
        List<String> lines = new ArrayList<>();
        if (!kept.isEmpty()) {
            lines.add(base == null ? "import " + String.join(", ", kept) : "from " + base + " import " + String.join(", ", kept));
        }
        lines.addAll(added);
        Edit edit = Edit.fixed(first.offset(), tokens.end(s.last()), recipe, String.join(separator, lines), s.line());
        return new Renamed(edit, recipe, s, alone, List.of());
    }

    /**
     * A top-level {@code from eventlet.green.urllib import request} whose new module is in the
     * standard library: the statement goes and its names are required from the new module.
     */
    private static Renamed moved(Module module, Statement s, Rename whole, List<ImportedName> clauses) {
        if (!StandardLibrary.contains(whole.target())) {
            return null;
        }
        TokenStream tokens = module.tokens();
        List<Requirement> moved = new ArrayList<>();
        for (ImportedName n : clauses) {
            String[] words = tokens.textOf(n.first(), n.last()).trim().split("\\s+");
            if (words[0].equals("*")) {
                return null;
            }
            moved.add(new Requirement(whole.target(), words[0], words.length == 3 ? words[2] : null));
        }
        return new Renamed(StatementRemoval.of(module, s, (Statement) null, whole.recipe()), whole.recipe(), s, whole.alone(), moved);
    }

    /**
     * A top-level import with no comment right above it: a comment there speaks about it, and
     * would be left talking about the next line if the import moved.
     */
    private static boolean movable(Module module, Statement s, Map<Statement, Statement> parents) {
        if (parents.get(s) != null) {
            return false;
        }
        String text = module.tokens().text();
        int lineStart = module.lineStart(module.tokens().offset(s.first()));
        if (lineStart == 0) {
            return true;
        }
        int previous = module.lineStart(lineStart - 1);
        return !text.substring(previous, lineStart).strip().startsWith("#");
    }

    /** The requirement an import line this class wrote stands for. */
    private static Requirement requirement(String line) {
        String[] w = line.trim().split("\\s+");
        if (w[0].equals("from")) {
            return new Requirement(w[1], w[3], w.length == 6 ? w[5] : null);
        }
        return new Requirement(w[1], null, w.length == 4 ? w[3] : null);
    }

    /** The import that binds {@code bound} to module {@code target}. */
    static String importLine(String target, String bound) {
        int dot = target.lastIndexOf('.');
        if (dot < 0) {
            return target.equals(bound) ? "import " + target : "import " + target + " as " + bound;
        }
        String last = target.substring(dot + 1);
        return last.equals(bound) ? "from " + target.substring(0, dot) + " import " + last : "import " + target + " as " + bound;
    }

    /** Token range of the module name in 'from X import ...'. */
    private static int[] fromModule(TokenStream tokens, Statement s) {
        int start = tokens.nextCode(s.first() + 1);
        int end = start;
        for (int i = start; i <= s.last() && !tokens.isName(i, "import"); i = tokens.nextCode(i + 1)) {
            end = i;
        }
        return new int[] {start, end};
    }
}
