package dev.greenshift.style;

import java.util.List;

/**
 * What a project's configuration says about layout: the line limit its linter enforces and the
 * import order it checks ({@code null} when no tool checks it: the file's own habit decides).
 * {@code found} says where each value came from, for {@code greenshift style} and {@code --verbose}.
 */
public record Style(int lineLength, ImportOrder importOrder, List<String> found) {

    /** pycodestyle's limit, and no configured import order. */
    public static final int DEFAULT_LINE_LENGTH = 79;
    public static final Style DEFAULT = new Style(DEFAULT_LINE_LENGTH, null, List.of());

    public Style {
        found = List.copyOf(found);
    }

    /** The same style with another limit (tests, and projects that configure none). */
    public Style withLineLength(int length) {
        return new Style(length, importOrder, found);
    }

    /** One line per setting, then where each was read. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        out.append("line length: ").append(lineLength).append('\n');
        out.append("import order: ").append(importOrder == null ? "as the file sorts its imports (no tool configured)"
                : importOrder.description()).append('\n');
        if (found.isEmpty()) {
            out.append("found: nothing configured (defaults)\n");
        }
        for (String f : found) {
            out.append("found: ").append(f).append('\n');
        }
        return out.toString();
    }
}
