package dev.greenshift.world;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which modules read without parsing ({@link ImportScan}) might still hold a call that matters to the
 * world analysis, given the modules parsed so far. A call matters only when it reaches monkey
 * patching: Eventlet's, or one of the project's functions that patch. Outside the function's own
 * module such a call spells the function's name (or a name a module re-exports it under) and the
 * name of the module it lives in (in the call, or in the import that brought the name in), or a
 * name another module re-exports that module or function under. A module spelling no such pair
 * makes no call that matters. Conservative by design: a module it names is parsed, and what that
 * reveals (a new wrapper, a new re-export) is asked again until nothing new comes up.
 */
final class Relevance {
    private final Set<String> functionWords;
    private final Set<String> moduleWords;
    private final Set<String> modules;
    private final Set<String> packages = new HashSet<>();
    /** The function and module words, found in one pass over a text (two thousand module words on a large tree). */
    private final Spellings spellings;

    private Relevance(Set<String> functionWords, Set<String> moduleWords, Set<String> modules) {
        this.functionWords = functionWords;
        this.moduleWords = moduleWords;
        this.modules = modules;
        Set<String> words = new HashSet<>(functionWords);
        words.addAll(moduleWords);
        this.spellings = Spellings.of(words);
        modules.forEach(m -> packages.add(ModuleNames.top(m)));
    }

    static Relevance of(List<ModuleFacts> facts) {
        Map<String, ModuleFacts> byModule = new LinkedHashMap<>();
        facts.forEach(f -> byModule.putIfAbsent(f.module(), f));
        PatchSites sites = PatchSites.of(byModule, Map.of());
        Set<String> functions = new HashSet<>(Set.of("eventlet.monkey_patch", "eventlet.patcher.monkey_patch"));
        functions.addAll(sites.patchingFunctions());
        Set<String> functionWords = new HashSet<>();
        Set<String> moduleWords = new HashSet<>(Set.of("eventlet", "patcher"));
        Set<String> modules = new HashSet<>(Set.of("eventlet", "eventlet.patcher"));
        for (String function : functions) {
            functionWords.add(last(function));
            String module = sites.moduleOf(function);
            if (module != null) {
                modules.add(module);
                moduleWords.add(last(module));
            }
        }
        // Re-exports of those modules or functions (not of a package above them: a call through that spells the module),
        // and re-exports of those, until none is new.
        boolean grew = true;
        while (grew) {
            grew = false;
            for (ModuleFacts f : facts) {
                for (Map.Entry<String, String> e : f.exports().entrySet()) {
                    String target = e.getValue();
                    boolean function = functions.contains(target) || functionWords.contains(last(target)) && inside(target, modules);
                    // A module (or a module inside one) under another name; any other name imported from
                    // such a module (a constant, a class) is no way to reach its patching.
                    boolean module = modules.contains(target) || byModule.containsKey(target) && inside(target, modules);
                    if (function || module) {
                        grew |= modules.add(f.module());
                        grew |= moduleWords.add(e.getKey());
                        moduleWords.add(last(f.module()));
                        if (function) {
                            grew |= functionWords.add(e.getKey());
                        }
                    }
                }
            }
        }
        return new Relevance(functionWords, moduleWords, modules);
    }

    /** True when the module read as {@code facts} with this text may call monkey patching, so must be parsed. */
    boolean mayCall(ModuleFacts facts, String text) {
        if (facts == null) {
            return false;
        }
        // The exact tests on the facts first: most modules import none of these packages, and need no pass over their text.
        boolean patchingModule = modules.contains(facts.module());
        if (!patchingModule && facts.imports().stream().noneMatch(i -> packages.contains(ModuleNames.top(i.qualified())))) {
            return false;
        }
        Set<String> spelled = spellings.in(text);
        if (spelled.stream().noneMatch(functionWords::contains)) {
            return false;
        }
        return patchingModule || spelled.stream().anyMatch(moduleWords::contains) && reaches(text, spelled);
    }

    /**
     * True when the text can reach a patching function from another module: {@code module.function},
     * an import that names the function, or an alias of a module ({@code import ... utils as u}),
     * after which any spelling of the function may be the call. Without this, every module that
     * writes 'main' and imports the project was parsed.
     */
    private boolean reaches(String text, Set<String> spelled) {
        for (int at = text.indexOf(" as "); at >= 0; at = text.indexOf(" as ", at + 1)) {
            if (moduleWords.contains(identifierBefore(text, at))) {
                return true;
            }
        }
        for (String word : functionWords) {
            if (!spelled.contains(word)) {
                continue; // spelled nowhere in the text
            }
            for (int at = Spellings.spelledAt(text, word, 0); at >= 0; at = Spellings.spelledAt(text, word, at + 1)) {
                int before = at;
                while (before > 0 && Character.isWhitespace(text.charAt(before - 1)) && text.charAt(before - 1) != '\n') {
                    before--;
                }
                if (before > 0 && text.charAt(before - 1) == '.' && moduleWords.contains(identifierBefore(text, before - 1))) {
                    return true;
                }
                if (inImport(text, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The identifier that ends just before {@code at} (spaces allowed between), or "". */
    private static String identifierBefore(String text, int at) {
        int end = at;
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isJavaIdentifierPart(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }

    /** True when {@code at} lies in the names of an import: after 'import' on its line, or inside 'import ( ... )'. */
    private static boolean inImport(String text, int at) {
        int keyword = text.lastIndexOf("import", at);
        if (keyword < 0) {
            return false;
        }
        String between = text.substring(keyword + "import".length(), at);
        if (between.indexOf('\n') < 0) {
            return true;
        }
        int open = between.indexOf('(');
        return open >= 0 && between.indexOf(')') < 0 && between.substring(0, open).isBlank();
    }

    private static String last(String dotted) {
        return dotted.substring(dotted.lastIndexOf('.') + 1);
    }

    /** {@code name} is a module of {@code modules} or lies inside one. */
    private static boolean inside(String name, Set<String> modules) {
        for (String q = name; !q.isEmpty(); q = ModuleNames.parent(q)) {
            if (modules.contains(q)) {
                return true;
            }
        }
        return false;
    }
}
