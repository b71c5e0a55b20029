package dev.greenshift.rewrite;

import dev.greenshift.match.Span;
import dev.greenshift.match.Template;
import java.util.List;
import java.util.Map;

/**
 * One change to a file's text: replace [start, end) by a rendered template (whose metavariables
 * are bound to spans of the original text, so edits inside those spans nest) or by fixed text
 * (insertions, import fixes). {@code recipe} is who asked for it; {@code line} where, for reports.
 */
public record Edit(int start, int end, String recipe, Template template, Map<String, List<Span>> bindings,
                   String indentation, String lineEnding, String fixedText, int line) {

    public Edit {
        bindings = bindings == null ? Map.of() : Map.copyOf(bindings);
    }

    public static Edit fixed(int start, int end, String recipe, String text, int line) {
        return new Edit(start, end, recipe, null, Map.of(), "", "\n", text, line);
    }

    /** The text this edit alone writes in place of [start, end) of {@code source}. */
    public String renderedIn(String source) {
        return new Renderer(source, List.of(this)).render(start, end);
    }

    public boolean isInsertion() {
        return start == end;
    }

    /** True when [start, end) lies within one of this edit's bound spans, so it renders inside it. */
    boolean hosts(int otherStart, int otherEnd) {
        for (List<Span> spans : bindings.values()) {
            for (Span s : spans) {
                if (s.start() <= otherStart && otherEnd <= s.end()) {
                    return true;
                }
            }
        }
        return false;
    }
}
