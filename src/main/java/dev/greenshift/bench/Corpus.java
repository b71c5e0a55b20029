package dev.greenshift.bench;

import dev.greenshift.source.FileDiscovery;
import dev.greenshift.source.ReadResult;
import dev.greenshift.source.SourceFile;
import dev.greenshift.source.SourceReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files a benchmark runs over, read and decoded once so that timed passes measure the
 * lexer and structure parser, not the disk.
 */
public record Corpus(List<SourceFile> files, List<ReadResult.Unreadable> unreadable) {

    public static Corpus load(List<Path> roots) {
        FileDiscovery.Result found = FileDiscovery.discover(roots);
        List<SourceFile> files = new ArrayList<>(found.files().size());
        List<ReadResult.Unreadable> unreadable = new ArrayList<>(found.problems());
        for (FileDiscovery.Found f : found.files()) {
            ReadResult read = SourceReader.read(f.path(), f.displayPath());
            if (read instanceof ReadResult.Read r) {
                files.add(r.file());
            } else {
                unreadable.add((ReadResult.Unreadable) read);
            }
        }
        return new Corpus(List.copyOf(files), List.copyOf(unreadable));
    }

    public long bytes() {
        return files.stream().mapToLong(f -> f.bytes().length).sum();
    }
}
