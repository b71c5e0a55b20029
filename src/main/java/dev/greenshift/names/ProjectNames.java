package dev.greenshift.names;

import dev.greenshift.lex.TokenStream;
import dev.greenshift.syntax.Module;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The names of a whole project, for questions one module cannot answer: which classes of other
 * modules subclass this one, what other modules do with a global they import from it. Modules are
 * parsed on demand, only those whose text mentions the attribute asked about, and kept; safe to
 * share between threads.
 */
public final class ProjectNames {
    /** A project module: its display path, text and location. */
    public record Source(String path, String text, ModuleLocation location) {
    }

    /** A class found in a project module: its module's names, and its token range there. */
    public record ClassIn(NameTable names, int[] range, String path) {
    }

    public static final ProjectNames NONE = new ProjectNames(List.of());

    private final List<Source> sources;
    private final Map<Source, NameTable> parsed = new ConcurrentHashMap<>();
    private final Map<String, List<Source>> mentioning = new ConcurrentHashMap<>();
    private volatile DotWords dotWords;

    public ProjectNames(List<Source> sources) {
        this.sources = List.copyOf(sources);
    }

    /**
     * The classes of other modules that derive from any of {@code bases} (qualified names),
     * directly or through each other, and mention {@code attr}.
     */
    public List<ClassIn> subclasses(Set<String> bases, String attr, String skipModule) {
        List<ClassIn> found = new ArrayList<>();
        Set<String> known = new HashSet<>(bases);
        Set<String> seen = new HashSet<>();
        List<Source> candidates = mentioning("." + attr);
        for (int round = 0; round < 4; round++) {
            boolean grew = false;
            for (Source s : candidates) {
                if (s.location().dotted() == null || s.location().dotted().equals(skipModule)) {
                    continue;
                }
                // A subclass names its base: only modules that write one of the known classes' names are parsed.
                if (known.stream().noneMatch(k -> s.text().contains(k.substring(k.lastIndexOf('.') + 1)))) {
                    continue;
                }
                NameTable names = names(s);
                if (names == null) {
                    continue;
                }
                for (NameTable.ClassDef c : names.classes()) {
                    if (seen.contains(c.qualified()) || c.bases().stream().noneMatch(known::contains)) {
                        continue;
                    }
                    seen.add(c.qualified());
                    known.add(c.qualified());
                    found.add(new ClassIn(names, c.range(), s.path()));
                    grew = true;
                }
            }
            if (!grew) {
                break;
            }
        }
        return found;
    }

    /** Attributes other modules read on {@code module.name} ({@code from m import q; q.resize()} or {@code m.q.resize()}). */
    public List<AttributeUses.Use> usesOfGlobal(String module, String name) {
        String qualified = module + "." + name;
        List<AttributeUses.Use> uses = new ArrayList<>();
        // Another module reaches the global through its module, which it names ('from pkg.mod import q',
        // 'from . import mod', 'mod.q'): only modules that write both are parsed.
        String segment = module.substring(module.lastIndexOf('.') + 1);
        for (Source s : mentioning(name)) {
            String dotted = s.location().dotted();
            // Inside the package, 'from . import name' reaches its __init__ without naming it.
            boolean inside = dotted != null && dotted.startsWith(module + ".");
            if (module.equals(dotted) || !inside && !s.text().contains(segment)) {
                continue;
            }
            NameTable names = names(s);
            if (names == null) {
                continue;
            }
            TokenStream tokens = names.module().tokens();
            Module m = names.module();
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.kind(i) != dev.greenshift.lex.TokenKind.NAME || m.isAttributeAccess(i)
                        || !names.mayBeImported(tokens.text(i))) {
                    continue;
                }
                List<Integer> chain = m.dottedChain(i);
                for (int k = 1; k < chain.size(); k++) {
                    if (qualified.equals(names.qualify(chain.subList(0, k)))) {
                        uses.add(new AttributeUses.Use(tokens.text(chain.get(k)), s.path() + ":" + tokens.line(i), -1));
                        break;
                    }
                }
            }
        }
        return uses;
    }

    /**
     * True when a project module other than {@code module} (dotted) writes {@code name} as a word
     * anywhere, code, string or comment: a name another module may import or patch
     * ({@code mock.patch('app.tasks.green_subprocess.Popen')}) cannot be renamed.
     */
    public boolean mentionedOutside(String module, String name) {
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("(?<!\\w)" + java.util.regex.Pattern.quote(name) + "(?!\\w)");
        return mentioning(name).stream().anyMatch(s -> !module.equals(s.location().dotted()) && word.matcher(s.text()).find());
    }

    /** The sources whose text holds {@code text}: asked again for each file and round, read once. */
    private List<Source> mentioning(String text) {
        return mentioning.computeIfAbsent(text, t -> DotWords.asks(t)
                ? dotWords().holding(t.substring(1)).stream().mapToObj(sources::get).toList()
                : sources.stream().filter(s -> s.text().contains(t)).toList());
    }

    /**
     * The project's attribute words, built on the first question about an attribute ({@code .wait}):
     * each such question read every source, a run asks a few dozen, and a project's sources are tens of MB.
     */
    private DotWords dotWords() {
        DotWords known = dotWords;
        if (known == null) {
            synchronized (this) {
                known = dotWords;
                if (known == null) {
                    known = DotWords.of(sources.stream().map(Source::text).toList());
                    dotWords = known;
                }
            }
        }
        return known;
    }

    private NameTable names(Source s) {
        NameTable cached = parsed.get(s);
        if (cached != null) {
            return cached;
        }
        try {
            NameTable names = NameTable.of(Module.parse(s.text()), s.location());
            parsed.put(s, names);
            return names;
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    /** Builds the sources from whatever the caller holds (files), skipping those it cannot place. */
    public static <F> ProjectNames of(List<F> files, Function<F, Source> source) {
        List<Source> out = new ArrayList<>();
        for (F f : files) {
            Source s = source.apply(f);
            if (s != null) {
                out.add(s);
            }
        }
        return new ProjectNames(out);
    }
}
