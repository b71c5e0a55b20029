package dev.greenshift.match;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A replacement written as Python text with metavariables:
 * {@code $x} (the bound code, byte for byte), {@code $args*} / {@code $kw**} (a bound list spliced
 * into an argument list; an empty list takes its comma with it), {@code ${args:tuple}}
 * ({@code ()}, {@code (a,)}, {@code (a, b)}) and {@code ${kw:dict}} ({@code {}} or
 * {@code {'k': v}}); {@code ${args:tuple?}} leaves out {@code args=} and the helper when the
 * list is empty. Lines after the first are indented like the statement being replaced.
 */
public record Template(String text, List<Piece> pieces) {

    public enum Form { PLAIN, SPLICE, TUPLE, DICT }

    public sealed interface Piece {
    }

    public record Literal(String text) implements Piece {
    }

    /** {@code optional}: when bound to nothing, the helper and the 'keyword=' before it are left out. */
    public record Var(String name, Form form, boolean optional) implements Piece {
    }

    public Template {
        pieces = List.copyOf(pieces);
    }

    public Set<String> variables() {
        Set<String> vars = new LinkedHashSet<>();
        for (Piece p : pieces) {
            if (p instanceof Var v) {
                vars.add(v.name());
            }
        }
        return vars;
    }

    /** Parses template text; throws PatternException with the offset of a malformed metavariable. */
    public static Template parse(String text) throws PatternException {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '$') {
                literal.append(c);
                i++;
                continue;
            }
            if (literal.length() > 0) {
                pieces.add(new Literal(literal.toString()));
                literal.setLength(0);
            }
            if (i + 1 < text.length() && text.charAt(i + 1) == '{') {
                int close = text.indexOf('}', i);
                if (close < 0) {
                    throw new PatternException("unclosed '${' in template", i);
                }
                String inner = text.substring(i + 2, close);
                String[] parts = inner.split(":", 2);
                String name = parts[0].trim();
                boolean optionalName = name.endsWith("?");
                name = optionalName ? name.substring(0, name.length() - 1) : name;
                Form form = Form.PLAIN;
                boolean optional = optionalName || parts.length == 2 && parts[1].trim().endsWith("?");
                if (parts.length == 2) {
                    form = switch (parts[1].trim().replace("?", "")) {
                        case "tuple" -> Form.TUPLE;
                        case "dict" -> Form.DICT;
                        default -> throw new PatternException("unknown template helper '" + parts[1].trim() + "' (expected tuple or dict)", i);
                    };
                }
                requireIdentifier(name, i);
                pieces.add(new Var(name, form, optional));
                i = close + 1;
                continue;
            }
            int start = i + 1;
            int end = start;
            while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                end++;
            }
            String name = text.substring(start, end);
            requireIdentifier(name, i);
            Form form = Form.PLAIN;
            if (text.startsWith("**", end)) {
                form = Form.SPLICE;
                end += 2;
            } else if (text.startsWith("*", end)) {
                form = Form.SPLICE;
                end += 1;
            }
            pieces.add(new Var(name, form, false));
            i = end;
        }
        if (literal.length() > 0) {
            pieces.add(new Literal(literal.toString()));
        }
        return new Template(text, pieces);
    }

    private static void requireIdentifier(String name, int offset) throws PatternException {
        if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
            throw new PatternException("expected a metavariable name after '$'", offset);
        }
    }

    /**
     * The template with module references renamed ({@code time.sleep} to {@code _time.sleep} when
     * {@code time} is taken in the file and the module is imported as {@code _time}). Only names
     * followed by '.' in the template's own text change; bound code is never touched.
     */
    public Template withModuleNames(java.util.Map<String, String> renames) {
        return renamed(renames, "(?=\\s*\\.)");
    }

    /** The template with whole names renamed in its literal text ({@code _start_timer} to {@code _start_timer2}). */
    public Template withNames(java.util.Map<String, String> renames) {
        return renamed(renames, "(?!\\w)");
    }

    /** Each name (not part of a longer name or attribute) renamed in the literal pieces where {@code after} holds. */
    private Template renamed(java.util.Map<String, String> renames, String after) {
        if (renames.isEmpty()) {
            return this;
        }
        List<Piece> renamed = new ArrayList<>();
        for (Piece p : pieces) {
            if (p instanceof Literal l) {
                String text = l.text();
                for (java.util.Map.Entry<String, String> e : renames.entrySet()) {
                    text = text.replaceAll("(?<![\\w.])" + java.util.regex.Pattern.quote(e.getKey()) + after,
                            java.util.regex.Matcher.quoteReplacement(e.getValue()));
                }
                renamed.add(new Literal(text));
            } else {
                renamed.add(p);
            }
        }
        return new Template(text, renamed);
    }

    /** The template with every metavariable replaced by a plain name, for syntax checks. */
    public String withPlaceholders() {
        StringBuilder out = new StringBuilder();
        for (Piece p : pieces) {
            if (p instanceof Literal l) {
                out.append(l.text());
            } else if (p instanceof Var v) {
                out.append(v.form() == Form.SPLICE ? "*_" + v.name() : "_" + v.name());
            }
        }
        return out.toString();
    }
}
