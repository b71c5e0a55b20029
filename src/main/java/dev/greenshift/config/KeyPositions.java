package dev.greenshift.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each key of a TOML document is written. Jackson's TOML tree keeps no positions, and an
 * unknown key is only useful to a user with its line, so this scan of an already valid document
 * records the line and column of every key and table header by its full dotted path.
 */
final class KeyPositions {

    /** A 1-based line and column, in characters. */
    record Position(int line, int column) {
        @Override
        public String toString() {
            return line + ":" + column;
        }
    }

    private final Map<List<String>, Position> positions = new HashMap<>();
    private final String text;
    private int index;
    private int line = 1;
    private int column = 1;

    private KeyPositions(String text) {
        this.text = text;
    }

    static KeyPositions scan(String text) {
        KeyPositions scan = new KeyPositions(text);
        scan.document();
        return scan;
    }

    /** The position of the key, else of its nearest written parent, else the start of the file. */
    Position of(List<String> path) {
        for (int n = path.size(); n > 0; n--) {
            Position p = positions.get(path.subList(0, n));
            if (p != null) {
                return p;
            }
        }
        return new Position(1, 1);
    }

    private void document() {
        List<String> table = List.of();
        while (true) {
            skipBlank(true);
            if (atEnd()) {
                return;
            }
            Position here = here();
            if (peek() == '[') {
                next();
                if (peek() == '[') {
                    next();
                }
                List<String> header = key();
                record(header, here);
                table = header;
                skipLine();
                continue;
            }
            List<String> key = join(table, key());
            record(key, here);
            if (peek() != '=') {
                skipLine();
                continue;
            }
            next();
            value(key);
            skipLine();
        }
    }

    /** A dotted key; every prefix is recorded too, since {@code a.b = 1} also writes table {@code a}. */
    private List<String> key() {
        List<String> parts = new ArrayList<>();
        while (true) {
            skipBlank(false);
            if (atEnd()) {
                return parts;
            }
            char c = peek();
            if (c == '"') {
                parts.add(basicString());
            } else if (c == '\'') {
                parts.add(literalString());
            } else if (isBare(c)) {
                StringBuilder b = new StringBuilder();
                while (!atEnd() && isBare(peek())) {
                    b.append(next());
                }
                parts.add(b.toString());
            } else {
                return parts;
            }
            skipBlank(false);
            if (atEnd() || peek() != '.') {
                return parts;
            }
            next();
        }
    }

    private void value(List<String> key) {
        skipBlank(false);
        if (atEnd()) {
            return;
        }
        char c = peek();
        if (text.startsWith("\"\"\"", index) || text.startsWith("'''", index)) {
            multiLineString(c);
        } else if (c == '"') {
            basicString();
        } else if (c == '\'') {
            literalString();
        } else if (c == '[') {
            array(key);
        } else if (c == '{') {
            inlineTable(key);
        } else {
            // Numbers, booleans and dates; a date may hold a space, so only these end a scalar.
            while (!atEnd() && ",]}#\n".indexOf(peek()) < 0) {
                next();
            }
        }
    }

    private void array(List<String> key) {
        next();
        while (true) {
            skipBlank(true);
            if (atEnd()) {
                return;
            }
            if (peek() == ']') {
                next();
                return;
            }
            if (peek() == ',') {
                next();
                continue;
            }
            // Keys inside an array of inline tables have no single path; they are not recorded.
            value(null);
        }
    }

    private void inlineTable(List<String> key) {
        next();
        while (true) {
            skipBlank(false);
            if (atEnd()) {
                return;
            }
            char c = peek();
            if (c == '}') {
                next();
                return;
            }
            if (c == ',') {
                next();
                continue;
            }
            Position here = here();
            List<String> inner = key();
            if (inner.isEmpty()) {
                next();
                continue;
            }
            List<String> full = key == null ? null : join(key, inner);
            if (full != null) {
                record(full, here);
            }
            skipBlank(false);
            if (!atEnd() && peek() == '=') {
                next();
                value(full);
            }
        }
    }

    private String basicString() {
        next();
        StringBuilder b = new StringBuilder();
        while (!atEnd() && peek() != '"' && peek() != '\n') {
            char c = next();
            if (c == '\\' && !atEnd()) {
                char e = next();
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u', 'U' -> b.appendCodePoint(hex(e == 'u' ? 4 : 8));
                    default -> b.append(e);
                }
            } else {
                b.append(c);
            }
        }
        if (!atEnd() && peek() == '"') {
            next();
        }
        return b.toString();
    }

    private int hex(int digits) {
        int value = 0;
        for (int i = 0; i < digits && !atEnd(); i++) {
            value = value * 16 + Character.digit(next(), 16);
        }
        return Character.isValidCodePoint(value) ? value : '?';
    }

    private String literalString() {
        next();
        StringBuilder b = new StringBuilder();
        while (!atEnd() && peek() != '\'' && peek() != '\n') {
            b.append(next());
        }
        if (!atEnd()) {
            next();
        }
        return b.toString();
    }

    private void multiLineString(char quote) {
        String delimiter = String.valueOf(quote).repeat(3);
        for (int i = 0; i < 3; i++) {
            next();
        }
        while (!atEnd() && !text.startsWith(delimiter, index)) {
            char c = next();
            if (c == '\\' && quote == '"' && !atEnd()) {
                next();
            }
        }
        // Up to two quotes may end the content right before the closing delimiter.
        for (int i = 0; i < 5 && !atEnd() && peek() == quote; i++) {
            next();
        }
    }

    private void record(List<String> path, Position at) {
        for (int n = 1; n <= path.size(); n++) {
            positions.putIfAbsent(List.copyOf(path.subList(0, n)), at);
        }
    }

    private static List<String> join(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static boolean isBare(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    private void skipBlank(boolean newlines) {
        while (!atEnd()) {
            char c = peek();
            if (c == ' ' || c == '\t' || c == '\r' || newlines && c == '\n') {
                next();
            } else if (c == '#' && newlines) {
                skipComment();
            } else {
                return;
            }
        }
    }

    private void skipComment() {
        while (!atEnd() && peek() != '\n') {
            next();
        }
    }

    /** The rest of a line after a value or header: blanks, a comment, the closing brackets of a header. */
    private void skipLine() {
        while (!atEnd() && peek() != '\n') {
            if (peek() == '#') {
                skipComment();
                return;
            }
            next();
        }
    }

    private Position here() {
        return new Position(line, column);
    }

    private boolean atEnd() {
        return index >= text.length();
    }

    private char peek() {
        return text.charAt(index);
    }

    private char next() {
        char c = text.charAt(index++);
        if (c == '\n') {
            line++;
            column = 1;
        } else if (!Character.isLowSurrogate(c)) {
            column++;
        }
        return c;
    }
}
