package dev.greenshift.report;

import dev.greenshift.source.LineDiff;
import com.github.difflib.patch.AbstractDelta;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff that {@code git apply} accepts. Lines keep their own terminators, so CRLF files
 * diff as CRLF, and a last line without one gets git's "\ No newline at end of file" marker.
 * java-diff-utils finds the changed lines; hunks with three lines of context are laid out here.
 */
public final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    public static String of(String path, String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<AbstractDelta<String>> deltas = deltas(a, b);
        if (deltas.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(quoted("a/" + path)).append('\n');
        out.append("+++ ").append(quoted("b/" + path)).append('\n');
        for (List<AbstractDelta<String>> group : groups(deltas)) {
            hunk(out, a, b, group);
        }
        return out.toString();
    }

    /** The line deltas from {@code a} to {@code b}, in linear time for huge rewrites ({@link LineDiff}). */
    static List<AbstractDelta<String>> deltas(List<String> a, List<String> b) {
        return LineDiff.deltas(a, b);
    }

    /**
     * One hunk of a file's diff, as {@link #of} prints it, for reviewing hunk by hunk: {@code text}
     * is its {@code @@} line and body; source lines [{@code sourceFrom}, {@code sourceTo}) become
     * target lines [{@code targetFrom}, {@code targetTo}) (context lines excluded).
     */
    public record Hunk(String text, int sourceFrom, int sourceTo, int targetFrom, int targetTo) {
    }

    /** The hunks of the diff from {@code before} to {@code after}, in file order. */
    public static List<Hunk> hunks(String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<Hunk> hunks = new ArrayList<>();
        for (List<AbstractDelta<String>> group : groups(deltas(a, b))) {
            StringBuilder text = new StringBuilder();
            hunk(text, a, b, group);
            AbstractDelta<String> first = group.get(0);
            AbstractDelta<String> last = group.get(group.size() - 1);
            hunks.add(new Hunk(text.toString(), first.getSource().getPosition(),
                    last.getSource().getPosition() + last.getSource().size(),
                    first.getTarget().getPosition(), last.getTarget().getPosition() + last.getTarget().size()));
        }
        return hunks;
    }

    /**
     * The text with exactly the accepted hunks of the diff from {@code before} to {@code after}
     * applied; every other line stays as in {@code before}, byte for byte.
     *
     * @param accepted one flag per hunk of {@link #hunks(String, String)}, in the same order
     */
    public static String applyHunks(String before, String after, List<Hunk> hunks, List<Boolean> accepted) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        StringBuilder out = new StringBuilder();
        int pos = 0;
        for (int i = 0; i < hunks.size(); i++) {
            Hunk h = hunks.get(i);
            a.subList(pos, h.sourceFrom()).forEach(out::append);
            (accepted.get(i) ? b.subList(h.targetFrom(), h.targetTo()) : a.subList(h.sourceFrom(), h.sourceTo())).forEach(out::append);
            pos = h.sourceTo();
        }
        a.subList(pos, a.size()).forEach(out::append);
        return out.toString();
    }

    /** Changes closer than twice the context share a hunk, as in diff -u and git. */
    private static List<List<AbstractDelta<String>>> groups(List<AbstractDelta<String>> deltas) {
        List<List<AbstractDelta<String>>> groups = new ArrayList<>();
        int i = 0;
        while (i < deltas.size()) {
            int j = i;
            while (j + 1 < deltas.size() && deltas.get(j + 1).getSource().getPosition()
                    - (deltas.get(j).getSource().getPosition() + deltas.get(j).getSource().size()) <= 2 * CONTEXT) {
                j++;
            }
            groups.add(deltas.subList(i, j + 1));
            i = j + 1;
        }
        return groups;
    }

    /**
     * A file's diff as bytes: the two header lines in UTF-8 (git's encoding for paths) and every
     * other line in the file's own charset, so that a Latin-1 or cp1252 file's diff carries the
     * file's bytes and {@code git apply} finds the lines it removes.
     */
    public static byte[] encode(String diff, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            return diff.getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int headers = 0;
        for (String line : diff.split("(?<=\n)")) {
            out.writeBytes(line.getBytes(headers < 2 ? StandardCharsets.UTF_8 : charset));
            headers++;
        }
        return out.toByteArray();
    }

    private static void hunk(StringBuilder out, List<String> a, List<String> b, List<AbstractDelta<String>> deltas) {
        AbstractDelta<String> first = deltas.get(0);
        AbstractDelta<String> last = deltas.get(deltas.size() - 1);
        int aStart = Math.max(0, first.getSource().getPosition() - CONTEXT);
        int bStart = Math.max(0, first.getTarget().getPosition() - CONTEXT);
        int aEnd = Math.min(a.size(), last.getSource().getPosition() + last.getSource().size() + CONTEXT);
        int bEnd = Math.min(b.size(), last.getTarget().getPosition() + last.getTarget().size() + CONTEXT);
        out.append("@@ -").append(range(aStart, aEnd - aStart)).append(" +").append(range(bStart, bEnd - bStart)).append(" @@\n");
        int pos = aStart;
        for (AbstractDelta<String> d : deltas) {
            for (; pos < d.getSource().getPosition(); pos++) {
                line(out, ' ', a.get(pos));
            }
            for (String s : d.getSource().getLines()) {
                line(out, '-', s);
            }
            for (String s : d.getTarget().getLines()) {
                line(out, '+', s);
            }
            pos = d.getSource().getPosition() + d.getSource().size();
        }
        for (; pos < aEnd; pos++) {
            line(out, ' ', a.get(pos));
        }
    }

    private static String range(int start, int length) {
        int first = length == 0 ? start : start + 1;
        return length == 1 ? String.valueOf(first) : first + "," + length;
    }

    private static void line(StringBuilder out, char prefix, String line) {
        out.append(prefix).append(line);
        if (!line.endsWith("\n")) {
            out.append("\n\\ No newline at end of file\n");
        }
    }

    /**
     * A path as git writes it in a patch header: as is, or, when it holds a double quote, a
     * backslash or a control character (a tab would end the name, a newline the line), in double
     * quotes with C escapes, which {@code git apply} reads back.
     */
    static String quoted(String path) {
        boolean plain = true;
        for (int i = 0; i < path.length() && plain; i++) {
            char c = path.charAt(i);
            plain = c >= 0x20 && c != 0x7f && c != '"' && c != '\\';
        }
        if (plain) {
            return path;
        }
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\u0007' -> out.append("\\a");
                case '\b' -> out.append("\\b");
                case '\u000b' -> out.append("\\v");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\%03o", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * Splits after each {@code \n}, keeping it, as git does: a lone CR is an ordinary character of
     * the line for patch tools (a file with old Mac line endings is one long line to them), and
     * splitting there would make a diff that {@code git apply} rejects.
     */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
            lines.add(text.substring(start, i + 1));
            start = i + 1;
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
