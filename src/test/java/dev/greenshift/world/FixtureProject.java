package dev.greenshift.world;

import dev.greenshift.source.ReadResult;
import dev.greenshift.source.SourceFile;
import dev.greenshift.source.SourceReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** A small project written to a temporary directory, file by file, for the world analysis. */
final class FixtureProject {
    private final Path root;
    private final Map<String, String> files = new LinkedHashMap<>();

    FixtureProject(Path root) {
        this.root = root;
    }

    FixtureProject file(String path, String text) {
        files.put(path, text);
        Path p = root.resolve(path);
        try {
            Files.createDirectories(p.getParent());
            Files.writeString(p, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    List<SourceFile> sources() {
        List<SourceFile> out = new ArrayList<>();
        for (String path : files.keySet()) {
            if (path.endsWith(".py")) {
                out.add(((ReadResult.Read) SourceReader.read(root.resolve(path), path)).file());
            }
        }
        return out;
    }

    WorldAnalysis analysis() {
        return ProjectScan.analyse(sources(), null);
    }

    /** Worlds before any rewrite: a module stays green when its text still imports Eventlet. */
    Map<String, ModuleWorld> worlds() {
        return analysis().decide(importsEventlet());
    }

    Predicate<String> importsEventlet() {
        return path -> files.get(path).contains("import eventlet") || files.get(path).contains("from eventlet");
    }
}
