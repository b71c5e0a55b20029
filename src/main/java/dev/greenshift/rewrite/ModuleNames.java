package dev.greenshift.rewrite;

import dev.greenshift.names.Binding;
import dev.greenshift.names.NameTable;
import dev.greenshift.recipe.Requirement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * How a rewrite writes the modules it requires at the spots it edits: under their own name
 * ({@code queue.Queue()}), under an alias when that name means something else there
 * ({@code _queue.Queue()} inside a function with a local {@code queue}), or not at all, with the
 * reason, when the alias is taken too. The resolver ({@link NameTable}) answers, site by site.
 */
public final class ModuleNames {

    /** The renames to apply to the templates ({@code queue} to {@code _queue}), or why the rewrite cannot be written. */
    public record Choice(Map<String, String> renames, String refusal) {
        public boolean refused() {
            return refusal != null;
        }
    }

    private ModuleNames() {
    }

    /**
     * @param templates the text of every template the rewrite writes (its own and its follow-ups')
     * @param sites     token indices in the original module where those templates land
     * @param library   names of the migrated library: a binding to one of them goes away with the rewrite
     * @param aliased   the aliases the file's earlier rewrites chose ({@code queue} to {@code _queue}): reused
     *                  where they are free, so one file imports a module under one name when it can
     */
    public static Choice choose(NameTable names, List<Requirement> requires, List<String> templates, List<Integer> sites,
                                Predicate<String> library, Map<String, String> aliased) {
        Map<String, String> renames = new HashMap<>();
        for (Requirement r : requires) {
            if (r.alias() != null) {
                continue;
            }
            String name = r.boundName();
            String wanted = r.name() == null ? name : r.module() + "." + r.name();
            if (!mentions(templates, name, r.name() == null)) {
                continue;
            }
            String alias = "_" + name;
            if (aliased.containsKey(name) && firstTaken(names, alias, wanted, sites, library) == null) {
                renames.put(name, alias);
                continue;
            }
            Integer taken = firstTaken(names, name, wanted, sites, library);
            if (taken == null) {
                continue;
            }
            // An alias works for a plain one-part module: the templates spell it 'name.' and the import binds it.
            if (r.name() == null && !r.module().contains(".") && firstTaken(names, alias, wanted, sites, library) == null) {
                renames.put(name, alias);
                aliased.put(name, alias);
                continue;
            }
            int line = names.bindingLine(name, taken);
            return new Choice(Map.of(), "not rewritten: the rewrite writes '" + name + "' (" + r.statementText() + ") here, but '"
                    + name + "' is bound " + (names.isLocalAt(name, taken) ? "locally" : "in this module")
                    + (line > 0 ? " at line " + line : "") + (r.name() == null && !r.module().contains(".") ? " and '" + alias + "' is taken too" : "")
                    + ": rename that variable, then run again");
        }
        return new Choice(renames, null);
    }

    /** The first site where {@code name} does not reach module {@code wanted}, or null when it does everywhere. */
    private static Integer firstTaken(NameTable names, String name, String wanted, List<Integer> sites, Predicate<String> library) {
        for (int site : sites) {
            Binding b = names.resolve(name, site);
            boolean free = b == null
                    || b instanceof Binding.Imported i && !i.optional() && (i.qualified().equals(wanted) || library.test(i.qualified()));
            if (!free) {
                return site;
            }
        }
        return null;
    }

    /** True when a template writes the name as a module ({@code name.}) or, for a from-import, at all. */
    private static boolean mentions(List<String> templates, String name, boolean asModule) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("(?<![\\w.$])" + java.util.regex.Pattern.quote(name)
                + (asModule ? "(?=\\s*\\.)" : "(?![\\w])"));
        return templates.stream().anyMatch(t -> t != null && p.matcher(t).find());
    }
}
