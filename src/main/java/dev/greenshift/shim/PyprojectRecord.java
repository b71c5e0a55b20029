package dev.greenshift.shim;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Records one string key of {@code [tool.greenshift]} in a pyproject.toml text by a line edit:
 * the key's line is replaced, or added under the table's header, or the table is appended. Every
 * other byte stays as it was (comments, order, line endings), which a TOML library would not keep.
 * Reading is {@link dev.greenshift.config.PyProject}'s.
 */
public final class PyprojectRecord {
    private static final Pattern TABLE = Pattern.compile("(?m)^[ \\t]*\\[tool\\.greenshift\\][ \\t]*(#[^\\r\\n]*)?(\\r?\\n|$)");
    private static final Pattern NEXT_TABLE = Pattern.compile("(?m)^[ \\t]*\\[");

    private PyprojectRecord() {
    }

    /** The text with {@code key = "value"} in [tool.greenshift]; {@code text} null or empty means a new file. */
    public static String with(String text, String key, String value) {
        String line = key + " = \"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        if (text == null || text.isEmpty()) {
            return "[tool.greenshift]\n" + line + "\n";
        }
        String eol = text.contains("\r\n") ? "\r\n" : "\n";
        Matcher table = TABLE.matcher(text);
        if (!table.find()) {
            String ending = text.endsWith("\n") ? "" : eol;
            return text + ending + eol + "[tool.greenshift]" + eol + line + eol;
        }
        int bodyStart = table.end();
        Matcher next = NEXT_TABLE.matcher(text);
        int bodyEnd = next.find(bodyStart) ? next.start() : text.length();
        Matcher existing = keyLine(key).matcher(text).region(bodyStart, bodyEnd);
        if (existing.find()) {
            return text.substring(0, existing.start()) + line + text.substring(existing.end());
        }
        String headerEnding = table.group(2).isEmpty() ? eol : "";
        return text.substring(0, bodyStart) + headerEnding + line + eol + text.substring(bodyStart);
    }

    /** The key's line without its line ending. */
    private static Pattern keyLine(String key) {
        return Pattern.compile("(?m)^[ \\t]*\"?" + Pattern.quote(key) + "\"?[ \\t]*=[^\\r\\n]*");
    }
}
