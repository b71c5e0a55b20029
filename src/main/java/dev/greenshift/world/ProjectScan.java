package dev.greenshift.world;

import dev.greenshift.source.SourceFile;
import dev.greenshift.syntax.Module;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Builds the {@link WorldAnalysis} of the files a run was given: names each file as Python would
 * (from the package directories on disk), scans them in parallel, and reads the console_scripts of
 * the project directories above the top packages.
 */
public final class ProjectScan {
    private ProjectScan() {
    }

    /** {@code parsed}: the file's module when the caller already has it (null: parse here). Unparsable files are left out. */
    public static WorldAnalysis analyse(List<SourceFile> files, Function<SourceFile, Module> parsed) {
        Set<String> tops = new HashSet<>();
        for (SourceFile f : files) {
            String m = ModuleNames.of(f.path());
            if (m != null) {
                tops.add(m.contains(".") ? m.substring(0, m.indexOf('.')) : m);
            }
        }
        tops.add("eventlet");
        List<ModuleFacts> facts = files.parallelStream().map(f -> scanOne(f, parsed, tops)).filter(java.util.Objects::nonNull).toList();
        return WorldAnalysis.of(facts, consoleScripts(files));
    }

    private static ModuleFacts scanOne(SourceFile f, Function<SourceFile, Module> parsed, Set<String> tops) {
        // A script without .py (bin/swift-proxy-server) is still a program: named by its file.
        String name = ModuleNames.of(f.path()) != null ? ModuleNames.of(f.path()) : f.path().getFileName().toString();
        try {
            Module module = parsed == null ? null : parsed.apply(f);
            if (module == null) {
                module = Module.parse(f.text());
            }
            String path = f.displayPath();
            return ModuleScan.scan(module, path, name, ModuleNames.isPackageInit(f.path()), ModuleNames.packaged(f.path()) == null,
                    EntryPoints.isTestPath(path), q -> tops.contains(q.contains(".") ? q.substring(0, q.indexOf('.')) : q));
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    /** The scripts declared in setup.cfg, setup.py and pyproject.toml of each directory that holds a top package or a script. */
    private static List<ConsoleScripts.Script> consoleScripts(List<SourceFile> files) {
        Set<Path> dirs = new TreeSet<>();
        for (SourceFile f : files) {
            Path dir = f.path().toAbsolutePath().normalize().getParent();
            while (dir != null && Files.exists(dir.resolve("__init__.py"))) {
                dir = dir.getParent();
            }
            if (dir != null) {
                dirs.add(dir);
            }
        }
        List<ConsoleScripts.Script> out = new ArrayList<>();
        for (Path dir : dirs) {
            for (String name : List.of("setup.cfg", "pyproject.toml", "setup.py")) {
                Path p = dir.resolve(name);
                if (Files.isRegularFile(p)) {
                    try {
                        out.addAll(ConsoleScripts.parse(Files.readString(p, StandardCharsets.UTF_8)));
                    } catch (IOException | java.io.UncheckedIOException e) {
                        // An unreadable setup file names no scripts; the other entry points still count.
                    }
                }
            }
        }
        return out;
    }
}
