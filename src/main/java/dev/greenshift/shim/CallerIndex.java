package dev.greenshift.shim;

import dev.greenshift.engine.Engine;
import dev.greenshift.lex.TokenKind;
import dev.greenshift.lex.TokenStream;
import dev.greenshift.names.ModuleLocation;
import dev.greenshift.names.NameTable;
import dev.greenshift.source.FileDiscovery;
import dev.greenshift.source.ReadResult;
import dev.greenshift.source.Selection;
import dev.greenshift.source.SourceFile;
import dev.greenshift.source.SourceReader;
import dev.greenshift.syntax.Module;
import dev.greenshift.syntax.Statement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who uses the names of the shared modules, file by file of the project: every reference (a call,
 * a name passed on) whose dotted chain resolves, through imports and their aliases, into one of
 * the modules. Generated files and the modules themselves are not callers.
 */
public final class CallerIndex {
    /** A reference: the qualified name it reaches, and where. */
    private record Reference(String qualified, String part, ApiBoundary.Caller caller) {
    }

    /** No callers: for work that needs the boundary but not who uses it. */
    public static final CallerIndex NONE = new CallerIndex(List.of());

    private final List<Reference> references;

    private CallerIndex(List<Reference> references) {
        this.references = references;
    }

    public static CallerIndex of(ProjectLayout layout, Set<String> modules) {
        List<Reference> found = new ArrayList<>();
        for (FileDiscovery.Found f : FileDiscovery.discover(List.of(layout.root()), Selection.DEFAULT).files()) {
            if (SourceReader.read(f.path(), f.displayPath()) instanceof ReadResult.Read read && !read.file().text().startsWith(Engine.GENERATED)) {
                references(layout, read.file(), modules, found);
            }
        }
        return new CallerIndex(found);
    }

    /** The references to {@code qualified} or to its attributes ({@code Class.method}), by part in part order. */
    public Map<String, List<ApiBoundary.Caller>> callersOf(String qualified) {
        Map<String, List<ApiBoundary.Caller>> byPart = new TreeMap<>();
        for (Reference r : references) {
            if (r.qualified().equals(qualified) || r.qualified().startsWith(qualified + ".")) {
                byPart.computeIfAbsent(r.part(), k -> new ArrayList<>()).add(r.caller());
            }
        }
        return byPart;
    }

    private static void references(ProjectLayout layout, SourceFile file, Set<String> modules, List<Reference> into) {
        String self = moduleOf(layout, file.path());
        if (self != null && modules.contains(self)) {
            return;
        }
        Module module;
        try {
            module = Module.parse(file.text());
        } catch (RuntimeException e) {
            return;
        }
        NameTable names = NameTable.of(module, self == null ? ModuleLocation.UNKNOWN
                : new ModuleLocation(self, file.path().getFileName().toString().equals("__init__.py")));
        TokenStream tokens = module.tokens();
        Statement[] owners = module.owners();
        String path = layout.root().relativize(file.path().toAbsolutePath().normalize()).toString().replace(java.io.File.separatorChar, '/');
        String part = layout.partOf(file.path());
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.kind(i) != TokenKind.NAME || module.isAttributeAccess(i) || owners[i] == null || owners[i].kind().isImport()
                    || !names.mayBeImported(tokens.text(i))) {
                continue;
            }
            String q = names.qualify(module.dottedChain(i));
            if (q != null && modules.stream().anyMatch(m -> q.startsWith(m + "."))) {
                into.add(new Reference(q, part, new ApiBoundary.Caller(path, tokens.line(i), tokens.column(i) + 1)));
            }
        }
    }

    private static String moduleOf(ProjectLayout layout, Path file) {
        try {
            String dotted = layout.moduleOf(file);
            return dotted.endsWith(".__init__") ? dotted.substring(0, dotted.length() - ".__init__".length()) : dotted;
        } catch (ShimException e) {
            return null;
        }
    }
}
