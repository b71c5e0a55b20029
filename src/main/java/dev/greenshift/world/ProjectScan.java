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
                tops.add(ModuleNames.top(m));
            }
        }
        tops.add("eventlet");
        // Every module's imports, read without parsing where that is exact; null where the module must be parsed.
        // A module that may patch is parsed anyway: it is not read twice.
        List<ModuleFacts> light = files.parallelStream()
                .map(f -> MAY_PATCH.foundIn(f.text()) ? null : lightScan(f))
                .toList();
        ModuleFacts[] facts = new ModuleFacts[files.size()];
        boolean[] full = new boolean[files.size()];
        List<Integer> next = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (light.get(i) == null) {
                next.add(i);
            } else {
                facts[i] = light.get(i);
            }
        }
        // Parse the modules whose calls may reach monkey patching; what they reveal (wrappers, re-exports) may call for more.
        while (!next.isEmpty()) {
            if (System.getenv("GREENSHIFT_TIMING") != null) {
                System.err.println("world analysis: parsing " + next.size() + " of " + files.size() + " modules");
            }
            next.parallelStream().forEach(i -> facts[i] = scanOne(files.get(i), parsed, tops));
            next.forEach(i -> full[i] = true);
            Relevance relevance = Relevance.of(java.util.Arrays.stream(facts).filter(java.util.Objects::nonNull).toList());
            next = java.util.stream.IntStream.range(0, files.size()).parallel()
                    .filter(i -> !full[i] && relevance.mayCall(facts[i], files.get(i).text())).boxed().toList();
        }
        List<ModuleFacts> found = java.util.Arrays.stream(facts).filter(java.util.Objects::nonNull).toList();
        return WorldAnalysis.of(found, consoleScripts(files));
    }

    /** The words any module that monkey patches (or re-exports Eventlet's patching) spells. */
    private static final dev.greenshift.match.Needles MAY_PATCH = dev.greenshift.match.Needles.of(Set.of("eventlet", "monkey_patch"));

    private static ModuleFacts lightScan(SourceFile f) {
        String name = ModuleNames.of(f.path()) != null ? ModuleNames.of(f.path()) : f.path().getFileName().toString();
        String path = f.displayPath();
        return ImportScan.scan(f.text(), path, name, ModuleNames.isPackageInit(f.path()), ModuleNames.packaged(f.path()) == null,
                EntryPoints.isTestPath(path));
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
                    EntryPoints.isTestPath(path), q -> tops.contains(ModuleNames.top(q)));
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    /** The scripts declared in setup.cfg, setup.py and pyproject.toml of each directory that holds a top package or a script. */
    private static List<ConsoleScripts.Script> consoleScripts(List<SourceFile> files) {
        Set<Path> dirs = new TreeSet<>();
        for (SourceFile f : files) {
            Path dir = f.path().toAbsolutePath().normalize().getParent();
            while (dir != null && ModuleNames.hasInit(dir)) {
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
