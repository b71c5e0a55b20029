package dev.greenshift.report;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
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
        Patch<String> patch = DiffUtils.diff(a, b);
        if (patch.getDeltas().isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        out.append("--- a/").append(path).append('\n');
        out.append("+++ b/").append(path).append('\n');
        List<AbstractDelta<String>> deltas = patch.getDeltas();
        int i = 0;
        while (i < deltas.size()) {
            int j = i;
            while (j + 1 < deltas.size() && deltas.get(j + 1).getSource().getPosition()
                    - (deltas.get(j).getSource().getPosition() + deltas.get(j).getSource().size()) <= 2 * CONTEXT) {
                j++;
            }
            hunk(out, a, b, deltas.subList(i, j + 1));
            i = j + 1;
        }
        return out.toString();
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
        if (!line.endsWith("\n") && !line.endsWith("\r")) {
            out.append("\n\\ No newline at end of file\n");
        } else if (line.endsWith("\r")) {
            // A lone CR ends the line for Python, but patch tools need the LF; old Mac files are not diffable as-is.
            out.append('\n');
        }
    }

    /** Splits after each line terminator (\n, \r\n, or a lone \r), keeping it. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
