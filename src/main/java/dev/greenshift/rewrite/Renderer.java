package dev.greenshift.rewrite;

import dev.greenshift.match.Span;
import dev.greenshift.match.Template;
import java.util.List;

/**
 * Applies sorted edits to a text. A template's metavariables render their original spans with
 * the edits nested inside them applied, recursively; all other text is copied as it is.
 */
final class Renderer {
    private static final java.util.regex.Pattern COMMA = java.util.regex.Pattern.compile("[ \\t]*,[ \\t]*");
    /** A comma between two arguments, with any spaces, line breaks and comments around it. */
    private static final java.util.regex.Pattern SEPARATOR =
            java.util.regex.Pattern.compile("(?:\\s|#[^\\n]*)*,(?:\\s|#[^\\n]*)*");
    /** What lies between an argument and its call's closing bracket: an optional comma, then spaces and line breaks. */
    private static final java.util.regex.Pattern BEFORE_CLOSE = java.util.regex.Pattern.compile("[ \\t]*(,?)(\\s*)\\)");
    private final String source;
    private final List<Edit> edits;

    Renderer(String source, List<Edit> edits) {
        this.source = source;
        this.edits = edits;
    }

    String render(int from, int to) {
        return render(from, to, null);
    }

    /** The whole text; {@code changed} receives the [start, end) offsets in the output that each top-level edit wrote. */
    String render(List<int[]> changed) {
        return render(0, source.length(), changed);
    }

    private String render(int from, int to, List<int[]> changed) {
        StringBuilder out = new StringBuilder();
        int pos = from;
        // Edits are sorted by start: begin at the first one at or after 'from', stop after 'to'
        // (a scan of every edit per nested span would make many edits quadratic).
        for (int i = firstAtOrAfter(from); i < edits.size(); i++) {
            Edit e = edits.get(i);
            if (e.start() > to) {
                break;
            }
            boolean inside = e.start() >= pos && e.end() <= to
                    && (e.start() < to || e.isInsertion() && to == source.length());
            if (!inside) {
                continue;
            }
            out.append(source, pos, e.start());
            int at = out.length();
            out.append(renderEdit(e));
            if (changed != null) {
                changed.add(new int[] {at, out.length()});
            }
            pos = e.end();
        }
        out.append(source, pos, to);
        return out.toString();
    }

    private int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = edits.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (edits.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private String renderEdit(Edit e) {
        if (e.fixedText() != null) {
            return e.fixedText();
        }
        StringBuilder out = new StringBuilder();
        boolean skipComma = false;
        // The call's own layout survives the template's: where the last verbatim binding ended in
        // the source (lastEnd) and in 'out' (lastOut). A bare ", " between two bindings that were
        // neighbours in the call becomes the call's own separator, and the line break after the
        // opening bracket and before the closing one is kept, so a multi-line call stays multi-line.
        int lastEnd = -1;
        int lastOut = -1;
        int separatorAt = -1;
        // The template's own open brackets, true where one opens a call (a trailing comma may stay).
        java.util.Deque<Boolean> calls = new java.util.ArrayDeque<>();
        for (Template.Piece piece : e.template().pieces()) {
            if (piece instanceof Template.Literal literal) {
                String text = literal.text().replace("\n", e.lineEnding() + e.indentation());
                if (skipComma) {
                    text = text.replaceFirst("^\\s*,\\s*", "");
                    skipComma = false;
                }
                boolean afterBinding = lastEnd >= 0 && out.length() == lastOut;
                if (afterBinding && text.startsWith(")")) {
                    out.append(breakBeforeClose(lastEnd, Boolean.TRUE.equals(calls.peek())));
                }
                separatorAt = afterBinding && COMMA.matcher(text).matches() ? out.length() : -1;
                for (int k = 0; k < text.length(); k++) {
                    char c = text.charAt(k);
                    if (c == '(') {
                        calls.push(out.length() > 0 && isCallee(out.charAt(out.length() - 1)));
                    } else if (c == ')' && !calls.isEmpty()) {
                        calls.pop();
                    }
                    out.append(c);
                }
                continue;
            }
            Template.Var var = (Template.Var) piece;
            List<Span> spans = e.bindings().getOrDefault(var.name(), List.of());
            boolean keepsText = !spans.isEmpty() && verbatim(var);
            if (keepsText) {
                int next = spans.get(0).start();
                if (separatorAt >= 0 && next >= lastEnd
                        && SEPARATOR.matcher(source.substring(lastEnd, next)).matches()) {
                    out.setLength(separatorAt);
                    out.append(source, lastEnd, next);
                } else if (out.length() > 0 && out.charAt(out.length() - 1) == '(') {
                    out.append(breakAfterOpen(next));
                }
            }
            separatorAt = -1;
            if (var.optional() && spans.isEmpty()) {
                dropKeyword(out);
                String soFar = out.toString().stripTrailing();
                skipComma = soFar.endsWith("(") || soFar.endsWith("[") || soFar.endsWith("{");
                continue;
            }
            switch (var.form()) {
                case TUPLE -> out.append(tuple(spans));
                case DICT -> out.append(dict(spans));
                default -> {
                    if (spans.isEmpty()) {
                        int trimmed = trailingComma(out);
                        if (trimmed >= 0) {
                            out.setLength(trimmed);
                        } else {
                            skipComma = true;
                        }
                    } else {
                        out.append(joined(spans));
                    }
                }
            }
            if (keepsText) {
                lastEnd = spans.get(spans.size() - 1).end();
                lastOut = out.length();
            }
        }
        return out.toString();
    }

    /** The line break and indentation between an opening bracket and the binding at {@code start}, if the source has one there. */
    private String breakAfterOpen(int start) {
        int i = start;
        while (i > 0 && " \t\r\n".indexOf(source.charAt(i - 1)) >= 0) {
            i--;
        }
        String gap = source.substring(i, start);
        return i > 0 && source.charAt(i - 1) == '(' && gap.indexOf('\n') >= 0 ? gap : "";
    }

    /**
     * The line break and indentation between the binding ending at {@code end} and a closing
     * bracket, with the trailing comma when the template's bracket closes a call (in bare
     * parentheses a comma would make a tuple).
     */
    private String breakBeforeClose(int end, boolean call) {
        java.util.regex.Matcher m = BEFORE_CLOSE.matcher(source).region(end, source.length());
        if (!m.lookingAt() || m.group(2).indexOf('\n') < 0) {
            return "";
        }
        return call ? m.group(1) + m.group(2) : m.group(2);
    }

    private static boolean isCallee(char c) {
        return Character.isJavaIdentifierPart(c) || c == ')' || c == ']';
    }

    /** A binding rendered as its source text (not rebuilt as a tuple or dict). */
    private static boolean verbatim(Template.Var var) {
        return var.form() == Template.Form.PLAIN || var.form() == Template.Form.SPLICE;
    }

    /** Removes a trailing ', name=' (or 'name=' right after the opening bracket). */
    private static void dropKeyword(StringBuilder out) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(",?\\s*[A-Za-z_][A-Za-z0-9_]*\\s*=\\s*$").matcher(out);
        if (m.find()) {
            out.setLength(m.start());
        }
    }

    private static int trailingComma(StringBuilder out) {
        int i = out.length();
        while (i > 0 && Character.isWhitespace(out.charAt(i - 1))) {
            i--;
        }
        if (i > 0 && out.charAt(i - 1) == ',') {
            i--;
            while (i > 0 && Character.isWhitespace(out.charAt(i - 1)) && out.charAt(i - 1) != '\n') {
                i--;
            }
            return i;
        }
        return -1;
    }

    /** Spans of one argument list render as the original text between them, comments included. */
    private String joined(List<Span> spans) {
        return render(spans.get(0).start(), spans.get(spans.size() - 1).end());
    }

    private String tuple(List<Span> spans) {
        if (spans.isEmpty()) {
            return "()";
        }
        if (spans.size() == 1) {
            return "(" + render(spans.get(0).start(), spans.get(0).end()) + ",)";
        }
        StringBuilder out = new StringBuilder("(");
        for (int i = 0; i < spans.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(render(spans.get(i).start(), spans.get(i).end()));
        }
        return out.append(")").toString();
    }

    private String dict(List<Span> spans) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            out.append(i == 0 ? "" : ", ");
            String value = render(s.valueStart(), s.end());
            out.append(s.keyword() == null ? "**" + value : "'" + s.keyword() + "': " + value);
        }
        return out.append("}").toString();
    }
}
