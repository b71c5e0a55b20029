package dev.greenshift.verify;

import dev.greenshift.lex.TokenStream;
import dev.greenshift.lex.Tokenizer;
import dev.greenshift.source.FileDiscovery;
import dev.greenshift.source.ReadResult;
import dev.greenshift.source.SourceFile;
import dev.greenshift.source.SourceReader;
import dev.greenshift.syntax.Module;
import dev.greenshift.syntax.SyntaxLimitException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The trust check: lex and structure each file, render it back from the tree, and compare bytes.
 * Files are processed in parallel but reported in path order, so output is deterministic.
 */
public final class RoundTrip {

    /** One file's outcome: ok, a mismatch with where it starts, or unreadable with why. */
    public record Outcome(String path, Status status, String detail, long bytes) {
    }

    public enum Status { OK, MISMATCH, UNREADABLE }

    public record Report(List<Outcome> outcomes, long nanos) {
        public long count(Status s) {
            return outcomes.stream().filter(o -> o.status() == s).count();
        }

        public long bytes() {
            return outcomes.stream().mapToLong(Outcome::bytes).sum();
        }

        public String summary() {
            return String.format(java.util.Locale.ROOT, "roundtrip: %d files, %d mismatches, %d unreadable, %.1f MB in %.1f s",
                    outcomes.size(), count(Status.MISMATCH), count(Status.UNREADABLE), bytes() / 1e6, nanos / 1e9);
        }
    }

    private RoundTrip() {
    }

    public static Report run(List<Path> roots) {
        long start = System.nanoTime();
        FileDiscovery.Result found = FileDiscovery.discover(roots);
        List<Outcome> outcomes = new ArrayList<>(found.files().parallelStream()
                .map(f -> check(f.path(), f.displayPath()))
                .toList());
        for (ReadResult.Unreadable u : found.problems()) {
            outcomes.add(new Outcome(u.displayPath(), Status.UNREADABLE, u.reason(), 0));
        }
        outcomes.sort(Comparator.comparing(Outcome::path));
        return new Report(outcomes, System.nanoTime() - start);
    }

    public static Outcome check(Path path, String display) {
        ReadResult read = SourceReader.read(path, display);
        if (read instanceof ReadResult.Unreadable u) {
            return new Outcome(display, Status.UNREADABLE, u.reason(), 0);
        }
        SourceFile file = ((ReadResult.Read) read).file();
        return check(file);
    }

    public static Outcome check(SourceFile file) {
        String display = file.displayPath();
        byte[] bytes = file.bytes();
        long size = bytes.length;
        try {
            TokenStream tokens = Tokenizer.tokenize(file.text());
            String fromTokens = tokens.render();
            String fromTree = Module.parse(tokens).renderFromTree();
            for (String rendered : List.of(fromTokens, fromTree)) {
                byte[] out = file.encode(rendered);
                if (!Arrays.equals(out, bytes)) {
                    return new Outcome(display, Status.MISMATCH, "first difference at " + firstDifference(file.text(), rendered), size);
                }
            }
            return new Outcome(display, Status.OK, "", size);
        } catch (SyntaxLimitException e) {
            return new Outcome(display, Status.UNREADABLE, e.line() + ":" + e.column() + ": " + e.getMessage(), size);
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(display, Status.MISMATCH, "internal error: " + e, size);
        }
    }

    private static String firstDifference(String a, String b) {
        int i = 0;
        int line = 1;
        int col = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            if (a.charAt(i) == '\n') {
                line++;
                col = 0;
            } else {
                col++;
            }
            i++;
        }
        return line + ":" + col;
    }
}
