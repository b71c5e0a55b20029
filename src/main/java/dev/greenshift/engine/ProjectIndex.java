package dev.greenshift.engine;

import dev.greenshift.match.ReExports;
import dev.greenshift.match.TimeoutBlocks;
import dev.greenshift.names.Binding;
import dev.greenshift.names.ImportedName;
import dev.greenshift.names.ModuleLocation;
import dev.greenshift.names.ProjectNames;
import dev.greenshift.names.NameTable;
import dev.greenshift.source.SourceFile;
import dev.greenshift.syntax.Module;
import dev.greenshift.syntax.Statement;
import dev.greenshift.world.ModuleNames;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A project's re-exports of library names: {@code swift/common/concurrency.py} doing
 * {@code import eventlet} makes {@code from swift.common.concurrency import eventlet} elsewhere
 * the same eventlet. Each becomes an alias (module.name = library name), so recipes match code
 * that reaches Eventlet through the project's own modules. One pass over the files, no pairs.
 */
record ProjectIndex(Map<String, String> aliases, ReExports reExports, Map<SourceFile, Module> parsed, Set<String> timeoutClasses,
                    ProjectNames names) {

    static ProjectIndex of(List<SourceFile> files, Engine engine) {
        if (files.size() < 2) {
            return new ProjectIndex(Map.of(), ReExports.NONE, Map.of(), Set.of(), ProjectNames.NONE);
        }
        List<ProjectNames.Source> sources = new ArrayList<>();
        Map<String, String> aliases = new HashMap<>();
        // Subclasses of eventlet.Timeout (LockTimeout, MessageTimeout): their with blocks are Timeout blocks too.
        Set<String> timeoutClasses = new HashSet<>();
        // Kept so the rewrite does not lex these files a second time.
        Map<SourceFile, Module> parsed = new java.util.IdentityHashMap<>();
        // Each file on its own first, in parallel (lexing is most of the cost), then merged in order.
        List<Indexed> indexed = files.parallelStream().map(f -> index(f, engine)).toList();
        for (int i = 0; i < files.size(); i++) {
            SourceFile file = files.get(i);
            Indexed one = indexed.get(i);
            if (one == null) {
                continue;
            }
            sources.add(new ProjectNames.Source(file.displayPath(), file.text(), location(file.path())));
            if (one.module() != null) {
                parsed.put(file, one.module());
                timeoutClasses.addAll(one.timeoutClasses());
                aliases.putAll(one.aliases());
            }
        }
        // Code using a re-export names its module and the name ('from m import sleep', 'm.sleep'): a cheap filter.
        return new ProjectIndex(aliases, ReExports.of(aliases.keySet()), parsed, timeoutClasses, new ProjectNames(sources));
    }

    /** What one file adds: its parsed module (null when it cannot matter), Timeout subclasses and re-exports; null outside any package. */
    private record Indexed(Module module, List<String> timeoutClasses, Map<String, String> aliases) {
    }

    private static Indexed index(SourceFile file, Engine engine) {
        String module = moduleName(file.path());
        if (module == null) {
            return null;
        }
        Indexed skipped = new Indexed(null, List.of(), Map.of());
        if (!engine.couldMatch(file.text())) {
            return skipped;
        }
        Module parsedModule;
        try {
            parsedModule = Module.parse(file.text());
        } catch (RuntimeException | StackOverflowError e) {
            return skipped;
        }
        NameTable names = NameTable.of(parsedModule, location(file.path()));
        List<String> timeoutClasses = TimeoutBlocks.definedClasses(parsedModule, names, engine::isTimeoutClass).stream()
                .map(c -> module + "." + c).toList();
        Map<String, String> aliases = new HashMap<>();
        List<Statement> top = parsedModule.body().statements();
        // The library's own modules (eventlet/green/time.py in a checkout of Eventlet) re-export
        // nothing the recipes do not already know by its canonical name.
        boolean library = engine.isLibrary(module);
        for (ImportedName n : names.imports()) {
            if (library || !top.contains(n.statement()) || !engine.isLibrary(n.qualified())) {
                continue;
            }
            if (!(names.lookup(n.first()) instanceof Binding.Imported)) {
                continue;
            }
            String target = n.boundName().equals(n.qualified().split("\\.")[0]) && !n.qualified().contains(".")
                    ? n.qualified() : boundTarget(n);
            aliases.put(module + "." + n.boundName(), target);
        }
        return new Indexed(parsedModule, timeoutClasses, aliases);
    }

    /** What the bound name refers to: 'eventlet' for 'import eventlet.debug', the name itself otherwise. */
    private static String boundTarget(ImportedName n) {
        String first = n.qualified().split("\\.")[0];
        return n.boundName().equals(first) ? first : n.qualified();
    }

    /** Where a file sits among its packages, for resolving its relative imports. */
    static ModuleLocation location(Path file) {
        String name = moduleName(file);
        return name == null ? ModuleLocation.UNKNOWN
                : new ModuleLocation(name, file.getFileName() != null && file.getFileName().toString().equals("__init__.py"));
    }

    /** The dotted module name of a file ({@link ModuleNames#of}). */
    static String moduleName(Path file) {
        return ModuleNames.of(file);
    }
}
