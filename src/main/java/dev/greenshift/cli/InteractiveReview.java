package dev.greenshift.cli;

import dev.greenshift.engine.FileResult;
import dev.greenshift.report.UnifiedDiff;
import dev.greenshift.report.UnifiedDiff.Hunk;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code apply --interactive}: each hunk shown with a question, as {@code git add -p} asks it, and
 * each file rewritten with exactly the hunks the user accepted. It reads and writes through the
 * given streams, so the same review runs on a terminal and in tests.
 */
final class InteractiveReview {
    static final String HELP = """
            y - apply this hunk
            n - do not apply this hunk
            a - apply this hunk and all later hunks in the file
            d - do not apply this hunk or any of the later hunks in the file
            q - quit; do not apply this hunk or any of the remaining ones (hunks already accepted are applied)
            ? - print help
            """;

    /** What the review decided for one file. */
    record Reviewed(FileResult result, String output, int accepted, int hunks) {
    }

    private final BufferedReader in;
    private final PrintWriter out;
    private final Ansi ansi;
    private boolean quit;

    InteractiveReview(BufferedReader in, PrintWriter out, Ansi ansi) {
        this.in = in;
        this.out = out;
        this.ansi = ansi;
    }

    /** Asks about every hunk of every changed file, in order, until the user quits or input ends. */
    List<Reviewed> review(List<FileResult> changed) throws IOException {
        List<Reviewed> reviewed = new ArrayList<>();
        for (FileResult r : changed) {
            if (quit) {
                break;
            }
            reviewed.add(reviewFile(r));
        }
        return reviewed;
    }

    private Reviewed reviewFile(FileResult r) throws IOException {
        String path = r.file().displayPath();
        List<Hunk> hunks = UnifiedDiff.hunks(r.file().text(), r.output());
        List<Boolean> accepted = new ArrayList<>();
        out.print(ansi.diff("--- a/" + path + "\n+++ b/" + path + "\n"));
        Boolean rest = null;
        for (int i = 0; i < hunks.size(); i++) {
            if (rest != null || quit) {
                accepted.add(rest != null && rest);
                continue;
            }
            out.print(ansi.diff(hunks.get(i).text()));
            char answer = ask("(" + (i + 1) + "/" + hunks.size() + ") Apply this hunk to " + path + " [y,n,a,d,q,?]? ");
            switch (answer) {
                case 'y' -> accepted.add(true);
                case 'n' -> accepted.add(false);
                case 'a' -> {
                    accepted.add(true);
                    rest = true;
                }
                case 'd' -> {
                    accepted.add(false);
                    rest = false;
                }
                default -> {
                    accepted.add(false);
                    quit = true;
                }
            }
        }
        int count = (int) accepted.stream().filter(a -> a).count();
        return new Reviewed(r, UnifiedDiff.applyHunks(r.file().text(), r.output(), hunks, accepted), count, hunks.size());
    }

    /** One of y, n, a, d, q; help for anything else; the end of input is q. */
    private char ask(String prompt) throws IOException {
        while (true) {
            out.print(ansi.prompt(prompt));
            out.flush();
            String line = in.readLine();
            if (line == null) {
                out.println();
                return 'q';
            }
            String a = line.strip().toLowerCase(java.util.Locale.ROOT);
            if (a.length() == 1 && "ynadq".indexOf(a.charAt(0)) >= 0) {
                return a.charAt(0);
            }
            out.print(HELP);
        }
    }
}
