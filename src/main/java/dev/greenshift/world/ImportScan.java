package dev.greenshift.world;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The import graph's share of a module, read in one pass over its characters without lexing or
 * parsing it: for the many modules of a large project that cannot call monkey patching, the
 * world analysis needs only what they import, where (at import time, under the main guard, in a
 * function), what they re-export and whether they have a main guard. It answers exactly what
 * {@link ModuleScan} would, or nothing: wherever its simple reading could differ (an import under
 * an {@code if}, a one-line compound statement, an f-string with quotes inside its fields, tabs in
 * indentation, a top-level alias of an imported name), it gives up and the module is parsed.
 */
final class ImportScan {
    private static final int MAX_DEPTH = 100;
    private static final Pattern ALIAS = Pattern.compile("([A-Za-z_]\\w*)\\s*=\\s*([A-Za-z_]\\w*)(\\s*\\.\\s*[A-Za-z_]\\w*)*");
    // The patterns an import line is read with, compiled once (compiling them per line was most of what the scan allocated).
    private static final Pattern FROM = Pattern.compile("from\\s*((?:\\.|\\s|[A-Za-z_]\\w*)*?)\\s*\\bimport\\b(.*)", Pattern.DOTALL);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern RELATIVE = Pattern.compile("\\.*([A-Za-z_]\\w*(\\.[A-Za-z_]\\w*)*)?");
    private static final Pattern AS = Pattern.compile("\\s+as\\s+");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_]\\w*");
    private static final Pattern DOTTED = Pattern.compile("[A-Za-z_]\\w*(\\.[A-Za-z_]\\w*)*");
    private static final Set<String> COMPOUND = Set.of("def", "class", "if", "elif", "else", "while", "for", "try", "except",
            "finally", "with", "async");

    /** Thrown where the simple reading stops being sure; the caller parses the module instead. */
    private static final class GiveUp extends RuntimeException {
        GiveUp() {
            super(null, null, false, false);
        }
    }

    /** {@code raw}: the code with the line's string literals as written, kept for a line starting with 'if' only (else null). */
    private record Line(int line, int indent, String code, String raw) {
    }

    /** An open block: its indentation, its first word, and whether it is the module's main guard. */
    private record Block(int indent, String word, boolean mainGuard) {
    }

    private final String text;
    private int pos;
    private int lineNo = 1;
    /** The string literals of the current logical line, as written (the main guard's words are in them). */
    private final StringBuilder strings = new StringBuilder();
    /** Whether the current logical line starts with 'if': only a main guard's line is read with its strings. */
    private boolean ifLine;

    private ImportScan(String text) {
        this.text = text;
    }

    /** The module's facts, calls left out (the caller knows it makes none that matter), or null when it must be parsed. */
    static ModuleFacts scan(String text, String path, String moduleName, boolean packageInit, boolean script, boolean test) {
        try {
            List<Line> lines = new ImportScan(text).lines();
            return facts(lines, path, moduleName, packageInit, script, test);
        } catch (GiveUp e) {
            return null;
        }
    }

    private static ModuleFacts facts(List<Line> lines, String path, String moduleName, boolean packageInit, boolean script,
                                     boolean test) {
        dev.greenshift.names.ModuleLocation location = new dev.greenshift.names.ModuleLocation(moduleName, packageInit);
        List<ModuleFacts.Import> imports = new ArrayList<>();
        Map<String, String> exports = new HashMap<>();
        // Per bound name, each import clause binding it: the resolver's qualified name, or null when not at top level.
        Map<String, List<String>> bound = new HashMap<>();
        Map<String, Line> boundAt = new HashMap<>();
        Set<String> topDefs = new HashSet<>();
        List<Line> topAliases = new ArrayList<>();
        Deque<Block> open = new ArrayDeque<>();
        boolean mainGuard = false;
        for (Line l : lines) {
            while (!open.isEmpty() && open.peek().indent >= l.indent) {
                open.pop();
            }
            if (open.size() > MAX_DEPTH) {
                throw new GiveUp();
            }
            String first = firstWord(l.code);
            boolean top = open.isEmpty();
            if (first.equals("import") || first.equals("from")) {
                if (depthZero(l.code, ';') >= 0) {
                    throw new GiveUp();
                }
                Place place = place(open);
                List<String[]> names = first.equals("import") ? plainImport(l.code) : fromImport(l.code, location);
                for (String[] n : names) {
                    // n: bound name, qualified name as the resolver gives it
                    String q = location.absolute(n[1]);
                    imports.add(new ModuleFacts.Import(q, place.onImport, place.underMain, l.line));
                    String binding = first.equals("import") && n[0].equals(n[1].split("\\.")[0]) ? n[0] : q;
                    bound.computeIfAbsent(n[0], k -> new ArrayList<>()).add(top ? binding : null);
                    boundAt.put(n[0], l);
                    if (top && n[0].indexOf('.') < 0) {
                        String firstPart = ModuleNames.top(q);
                        boolean plain = first.equals("import") && n[0].equals(firstPart);
                        exports.put(n[0], plain ? firstPart : q);
                    }
                }
                continue;
            }
            if (hasWord(l.code, "import") && (depthZero(l.code, ';') >= 0 || COMPOUND.contains(first))) {
                throw new GiveUp();
            }
            if ((first.equals("match") || first.equals("case")) && headerColon(l.code) >= 0) {
                throw new GiveUp();
            }
            if (COMPOUND.contains(first)) {
                int colon = headerColon(l.code);
                if (colon < 0) {
                    throw new GiveUp();
                }
                boolean inline = !l.code.substring(colon + 1).isBlank();
                // The main guard's words are in its strings: read them in the raw text (its header only: no one-line body).
                boolean guard = top && first.equals("if") && l.raw.contains("__name__") && l.raw.contains("__main__");
                if (guard && inline) {
                    throw new GiveUp();
                }
                mainGuard |= guard;
                if (top && (first.equals("def") || first.equals("class") || first.equals("async"))) {
                    topDefs.add(definedName(l.code));
                }
                if (inline) {
                    continue; // a one-line body opens no block (an import in it gave up above)
                }
                // 'async def' opens a function, 'async for' and 'async with' a loop and a with block.
                String word = first.equals("async") ? firstWord(l.code.substring(5).strip()) : first;
                open.push(new Block(l.indent, word, guard));
                continue;
            }
            if (top) {
                if (ALIAS.matcher(l.code.strip()).matches()) {
                    topAliases.add(l);
                }
            }
        }
        for (Line alias : topAliases) {
            String[] sides = alias.code.split("=", 2);
            String target = sides[0].strip();
            String[] chain = sides[1].replaceAll("\\s+", "").split("\\.");
            String head = chain[0];
            if (topDefs.contains(head)) {
                throw new GiveUp();
            }
            if (!bound.containsKey(head)) {
                continue; // a name no import binds: not a re-export
            }
            // 'x = mod.attr' re-exports what the resolver binds 'mod' to: one top-level import, and no other binding of it.
            List<String> bindings = bound.get(head);
            if (bindings.size() != 1 || bindings.get(0) == null || target.equals(head) || !onlyAttributeUses(head, lines, boundAt.get(head))) {
                throw new GiveUp();
            }
            StringBuilder q = new StringBuilder(bindings.get(0));
            for (int i = 1; i < chain.length; i++) {
                q.append('.').append(chain[i]);
            }
            exports.put(target, location.absolute(q.toString()));
        }
        return new ModuleFacts(path, moduleName, packageInit, script, test, mainGuard, imports, exports, Set.of(), List.of());
    }

    /**
     * True when every use of {@code name} outside its import is {@code name.attr} or the right-hand side
     * of a top-level alias: nothing else can bind it at module level (no assignment, loop, with, def, global).
     */
    private static boolean onlyAttributeUses(String name, List<Line> lines, Line importLine) {
        for (Line l : lines) {
            if (l == importLine) {
                continue;
            }
            String code = l.code;
            if (l.indent == 0 && ALIAS.matcher(code).matches() && !code.split("=", 2)[0].strip().equals(name)) {
                continue;
            }
            for (int at = code.indexOf(name); at >= 0; at = code.indexOf(name, at + 1)) {
                int end = at + name.length();
                if (at > 0 && Character.isJavaIdentifierPart(code.charAt(at - 1))
                        || end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
                    continue;
                }
                int before = at - 1;
                while (before >= 0 && code.charAt(before) == ' ') {
                    before--;
                }
                if (before >= 0 && code.charAt(before) == '.') {
                    continue;
                }
                int after = end;
                while (after < code.length() && code.charAt(after) == ' ') {
                    after++;
                }
                if (after >= code.length() || code.charAt(after) != '.') {
                    return false;
                }
            }
        }
        return true;
    }

    private record Place(boolean onImport, boolean underMain) {
    }

    /** As {@link ModuleScan}'s placeOf for an import: in a function, under the main guard, or under a handler. */
    private static Place place(Deque<Block> open) {
        boolean inDef = false;
        boolean underMain = false;
        boolean handler = false;
        // Innermost first, up to the innermost def (what lies beyond it does not matter).
        for (Block b : open) {
            if (b.word.equals("def")) {
                inDef = true;
                break;
            }
            if (b.mainGuard) {
                underMain = true;
                continue;
            }
            switch (b.word) {
                case "class", "try", "finally", "with", "for" -> {
                }
                case "except" -> handler = true;
                default -> {
                    if (!handler) {
                        throw new GiveUp(); // if, elif, else, while: the condition's words decide
                    }
                }
            }
        }
        if (inDef) {
            return new Place(false, false);
        }
        return new Place(!underMain && !handler, underMain);
    }

    private static String firstWord(String code) {
        int i = 0;
        while (i < code.length() && Character.isJavaIdentifierPart(code.charAt(i))) {
            i++;
        }
        return code.substring(0, i);
    }

    private static String definedName(String code) {
        String[] words = code.split("[^A-Za-z0-9_]+");
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i].equals("def") || words[i].equals("class")) {
                return words[i + 1];
            }
        }
        throw new GiveUp();
    }

    private static boolean hasWord(String code, String word) {
        for (int at = code.indexOf(word); at >= 0; at = code.indexOf(word, at + 1)) {
            boolean before = at == 0 || !Character.isJavaIdentifierPart(code.charAt(at - 1));
            int end = at + word.length();
            boolean after = end >= code.length() || !Character.isJavaIdentifierPart(code.charAt(end));
            if (before && after) {
                return true;
            }
        }
        return false;
    }

    /** The first {@code c} outside brackets (strings are already blanked), or -1. */
    private static int depthZero(String code, char c) {
        int depth = 0;
        for (int i = 0; i < code.length(); i++) {
            char x = code.charAt(i);
            if (x == '(' || x == '[' || x == '{') {
                depth++;
            } else if (x == ')' || x == ']' || x == '}') {
                depth--;
            } else if (x == c && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The colon that ends a compound statement's header: outside brackets, not a walrus, not a lambda's. */
    private static int headerColon(String code) {
        int depth = 0;
        for (int i = 0; i < code.length(); i++) {
            char x = code.charAt(i);
            if (x == '(' || x == '[' || x == '{') {
                depth++;
            } else if (x == ')' || x == ']' || x == '}') {
                depth--;
            } else if (x == ':' && depth == 0 && (i + 1 >= code.length() || code.charAt(i + 1) != '=')) {
                if (hasWord(code.substring(0, i), "lambda")) {
                    throw new GiveUp();
                }
                return i;
            }
        }
        return -1;
    }

    /** 'import a.b as c, d': per clause, the bound name and the module, as the resolver reads them. */
    private static List<String[]> plainImport(String code) {
        List<String[]> out = new ArrayList<>();
        String rest = code.substring("import".length());
        for (String clause : rest.split(",", -1)) {
            String[] words = AS.split(clause.strip());
            String module = WHITESPACE.matcher(words[0]).replaceAll("");
            if (!DOTTED.matcher(module).matches() || words.length > 2
                    || words.length == 2 && !IDENTIFIER.matcher(words[1].strip()).matches()) {
                throw new GiveUp();
            }
            String boundName = words.length == 2 ? words[1].strip() : module.split("\\.")[0];
            out.add(new String[] {boundName, module});
        }
        return out;
    }

    /** 'from .a import (b as c, d)': per name, the bound name and the absolute qualified name. */
    private static List<String[]> fromImport(String code, dev.greenshift.names.ModuleLocation location) {
        java.util.regex.Matcher m = FROM.matcher(code);
        if (!m.matches()) {
            throw new GiveUp();
        }
        String base = WHITESPACE.matcher(m.group(1)).replaceAll("");
        if (!RELATIVE.matcher(base).matches() || base.isEmpty()) {
            throw new GiveUp();
        }
        String names = m.group(2).strip();
        if (names.startsWith("(")) {
            if (!names.endsWith(")")) {
                throw new GiveUp();
            }
            names = names.substring(1, names.length() - 1);
        }
        List<String[]> out = new ArrayList<>();
        for (String clause : names.split(",", -1)) {
            String c = clause.strip();
            if (c.isEmpty() || c.equals("*")) {
                continue;
            }
            String[] words = AS.split(c);
            String name = words[0].strip();
            if (!IDENTIFIER.matcher(name).matches() || words.length > 2 || words.length == 2 && !IDENTIFIER.matcher(words[1].strip()).matches()) {
                throw new GiveUp();
            }
            String boundName = words.length == 2 ? words[1].strip() : name;
            out.add(new String[] {boundName, location.absolute(base.endsWith(".") ? base + name : base + "." + name)});
        }
        return out;
    }

    // ---- characters to logical lines ----

    /** The logical lines with code: strings blanked to "" (f-strings too), comments and continuations removed. */
    private List<Line> lines() {
        List<Line> out = new ArrayList<>();
        if (text.startsWith("\uFEFF")) {
            pos = 1;
        }
        while (pos < text.length()) {
            int startLine = lineNo;
            int indent = 0;
            while (pos < text.length() && text.charAt(pos) == ' ') {
                indent++;
                pos++;
            }
            if (pos < text.length() && (text.charAt(pos) == '\t' || text.charAt(pos) == '\f')) {
                throw new GiveUp();
            }
            StringBuilder code = new StringBuilder();
            strings.setLength(0);
            ifLine = false;
            int depth = 0;
            int codeLine = -1;
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '\n' || c == '\r') {
                    newline();
                    if (depth == 0) {
                        break;
                    }
                    code.append(' ');
                    continue;
                }
                if (c == '#') {
                    while (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
                        pos++;
                    }
                    continue;
                }
                if (c == '\\') {
                    pos++;
                    if (pos < text.length() && (text.charAt(pos) == '\n' || text.charAt(pos) == '\r')) {
                        newline();
                        code.append(' ');
                        continue;
                    }
                    throw new GiveUp();
                }
                if (codeLine < 0 && c != ' ' && c != '\t' && c != '\f') {
                    codeLine = lineNo;
                }
                if (c == '\'' || c == '"') {
                    string(code, "");
                    continue;
                }
                if (Character.isJavaIdentifierStart(c)) {
                    int start = pos;
                    while (pos < text.length() && Character.isJavaIdentifierPart(text.charAt(pos))) {
                        pos++;
                    }
                    String word = text.substring(start, pos);
                    ifLine |= word.equals("if") && code.toString().isBlank();
                    if (pos < text.length() && (text.charAt(pos) == '\'' || text.charAt(pos) == '"') && isPrefix(word)) {
                        string(code, word.toLowerCase(java.util.Locale.ROOT));
                    } else {
                        code.append(word);
                    }
                    continue;
                }
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                    if (depth > MAX_DEPTH) {
                        throw new GiveUp();
                    }
                } else if (c == ')' || c == ']' || c == '}') {
                    depth = Math.max(0, depth - 1);
                }
                code.append(c);
                pos++;
            }
            if (depth != 0) {
                throw new GiveUp();
            }
            String s = code.toString();
            if (!s.isBlank()) {
                if (codeLine != startLine) {
                    throw new GiveUp(); // the first code is not on the line its indentation is on
                }
                out.add(new Line(startLine, indent, s.strip(), ifLine ? s + strings : null));
            }
        }
        return out;
    }

    private void newline() {
        if (text.charAt(pos) == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
            pos++;
        }
        pos++;
        lineNo++;
    }

    private static boolean isPrefix(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return switch (w) {
            case "r", "u", "b", "f", "br", "rb", "fr", "rf", "t", "tr", "rt" -> true;
            default -> false;
        };
    }

    /** Skips a string literal starting at pos (its prefix already read), appending "" for it. */
    private void string(StringBuilder code, String prefix) {
        char quote = text.charAt(pos);
        int start = pos;
        boolean triple = text.startsWith("" + quote + quote + quote, pos);
        boolean formatted = prefix.contains("f") || prefix.contains("t");
        pos += triple ? 3 : 1;
        int fieldDepth = 0;
        while (true) {
            if (pos >= text.length()) {
                throw new GiveUp();
            }
            char c = text.charAt(pos);
            if (fieldDepth > 0) {
                // Inside an f-string's replacement field: no quotes, comments or continuations, brackets counted.
                if (c == '\'' || c == '"' || c == '#' || c == '\\') {
                    throw new GiveUp();
                }
                if (c == '{' || c == '(' || c == '[') {
                    fieldDepth++;
                } else if (c == '}' || c == ')' || c == ']') {
                    fieldDepth--;
                } else if (c == '\n' || c == '\r') {
                    if (!triple) {
                        throw new GiveUp();
                    }
                    newline();
                    continue;
                }
                pos++;
                continue;
            }
            if (c == '\\') {
                pos++;
                if (pos < text.length()) {
                    if (text.charAt(pos) == '\n' || text.charAt(pos) == '\r') {
                        newline();
                    } else {
                        pos++;
                    }
                }
                continue;
            }
            if (c == '\n' || c == '\r') {
                if (!triple) {
                    throw new GiveUp(); // an unterminated string: the tokenizer's recovery decides
                }
                newline();
                continue;
            }
            if (formatted && c == '{') {
                if (pos + 1 < text.length() && text.charAt(pos + 1) == '{') {
                    pos += 2;
                    continue;
                }
                fieldDepth = 1;
                pos++;
                continue;
            }
            if (c == quote && (!triple || text.startsWith("" + quote + quote + quote, pos))) {
                pos += triple ? 3 : 1;
                code.append("\"\"");
                if (ifLine) {
                    strings.append(' ').append(text, start, pos);
                }
                return;
            }
            pos++;
        }
    }
}
