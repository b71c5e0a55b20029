package dev.greenshift.style;

import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import dev.greenshift.lex.Token;
import dev.greenshift.lex.TokenKind;
import dev.greenshift.lex.TokenStream;
import dev.greenshift.lex.Tokenizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Lays out the statements a rewrite changed the way the file lays out its own: a changed line
 * over the limit is wrapped inside its outermost bracket (aligned with the bracket or with a
 * hanging indent, as the file's other continuation lines do), and continuation lines whose
 * opening bracket moved are re-indented to it, so the rewrite adds no E501, E12x or E131 a
 * linter would report. Only whitespace between tokens inside brackets changes, so the code means
 * the same; statements the rewrite did not touch are left exactly as they are.
 */
public final class Layout {

    /** How a file indents the lines that continue a bracket. */
    public enum Continuation {
        /** {@code call(a,\n     b)}: aligned with the first argument. */
        ALIGNED,
        /** {@code call(\n    a, b)}: the bracket ends its line, the arguments are indented once. */
        HANGING
    }

    private static final int PASSES = 8;

    private final int limit;
    private final Continuation continuation;

    private Layout(int limit, Continuation continuation) {
        this.limit = limit;
        this.continuation = continuation;
    }

    /**
     * The rewritten text with the statements that differ from the original laid out in the
     * original's style.
     */
    public static String apply(TokenStream original, String rewritten, int lineLength) {
        if (original.text().equals(rewritten)) {
            return rewritten;
        }
        Layout layout = new Layout(lineLength, habit(original));
        return layout.relayout(original.text(), rewritten);
    }

    /** Which way the file's continuation lines go; hanging when it has none to learn from. */
    public static Continuation habit(TokenStream tokens) {
        int aligned = 0;
        int hanging = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int close = tokens.opensBracket(i) ? tokens.partner(i) : -1;
            if (close < 0 || tokens.line(close) == tokens.line(i)) {
                continue;
            }
            Token next = nextSignificant(tokens, i + 1);
            if (next == null) {
                continue;
            }
            if (next.line() != tokens.line(i) || next.kind() == TokenKind.COMMENT) {
                hanging++;
                continue;
            }
            Token continued = firstOnLine(tokens, i + 1, tokens.line(i) + 1);
            if (continued != null && continued.column() == next.column()) {
                aligned++;
            }
        }
        return aligned > hanging ? Continuation.ALIGNED : Continuation.HANGING;
    }

    private String relayout(String original, String rewritten) {
        List<String> before = lines(original);
        List<String> after = lines(rewritten);
        boolean[] changed = new boolean[after.size() + 1];
        for (AbstractDelta<String> d : dev.greenshift.source.LineDiff.deltas(before, after)) {
            if (d.getType() == DeltaType.DELETE) {
                continue;
            }
            for (int k = 0; k < d.getTarget().size(); k++) {
                changed[d.getTarget().getPosition() + k] = true;
            }
        }
        TokenStream tokens = Tokenizer.tokenize(rewritten);
        int[] rowStarts = rowStarts(rewritten);
        // Logical lines touched by the rewrite, laid out from the bottom so earlier offsets stay valid.
        List<int[]> statements = new ArrayList<>();
        int firstRow = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (firstRow < 0 && tokens.kind(i).isCode()) {
                firstRow = tokens.line(i) - 1;
            }
            if (tokens.kind(i) == TokenKind.NEWLINE && firstRow >= 0) {
                int lastRow = Math.max(firstRow, tokens.line(i) - 1);
                for (int r = firstRow; r <= lastRow; r++) {
                    if (r < changed.length && changed[r]) {
                        statements.add(new int[] {firstRow, lastRow});
                        break;
                    }
                }
                firstRow = -1;
            }
        }
        StringBuilder out = new StringBuilder(rewritten);
        for (int k = statements.size() - 1; k >= 0; k--) {
            int[] s = statements.get(k);
            int start = rowStarts[s[0]];
            int end = s[1] + 1 < rowStarts.length ? rowStarts[s[1] + 1] : rewritten.length();
            List<Boolean> rowsChanged = new ArrayList<>();
            for (int r = s[0]; r <= s[1]; r++) {
                rowsChanged.add(r < changed.length && changed[r]);
            }
            String snippet = rewritten.substring(start, end);
            String laidOut = statement(snippet, rowsChanged);
            if (!laidOut.equals(snippet)) {
                out.replace(start, end, laidOut);
            }
        }
        return out.toString();
    }

    /** One logical line, its rows flagged when the rewrite changed them. */
    private String statement(String snippet, List<Boolean> changed) {
        if (snippet.indexOf('\t') >= 0) {
            return snippet;
        }
        if (snippet.contains("\\\n") || snippet.contains("\\\r")) {
            return afterBackslash(snippet, changed);
        }
        String text = snippet;
        for (int pass = 0; pass < PASSES; pass++) {
            String reindented = reindent(text, changed);
            String wrapped = wrap(reindented, changed);
            if (wrapped.equals(text)) {
                break;
            }
            text = wrapped;
        }
        return text;
    }

    /**
     * A statement continued with backslashes ({@code x = \\} then the call): the rows after the
     * last backslash are laid out as a statement of their own when no bracket is open across it;
     * the rows before it stay as they are.
     */
    private String afterBackslash(String snippet, List<Boolean> changed) {
        int backslash = Math.max(snippet.lastIndexOf("\\\n"), snippet.lastIndexOf("\\\r"));
        int cut = snippet.indexOf('\n', backslash) + 1;
        if (cut <= 0) {
            return snippet;
        }
        String head = snippet.substring(0, cut);
        int depth = 0;
        for (Token t : Tokenizer.tokenize(head).tokens()) {
            depth += t.opensBracket() ? 1 : t.closesBracket() ? -1 : 0;
        }
        int headRows = (int) head.chars().filter(c -> c == '\n').count();
        if (depth != 0 || headRows >= changed.size()) {
            return snippet;
        }
        String tail = snippet.substring(cut);
        return head + statement(tail, new ArrayList<>(changed.subList(headRows, changed.size())));
    }

    /** An open bracket: its row, the indentation of that row, and where its content starts when it does on the same row. */
    private record Open(int row, int rowIndent, int visual, boolean header) {
    }

    /** Re-indents the continuation rows that no longer line up with their bracket. */
    private String reindent(String text, List<Boolean> changed) {
        TokenStream tokens = Tokenizer.tokenize(text);
        List<String> rows = lines(text);
        int[] indents = new int[rows.size()];
        int[] shift = new int[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            indents[r] = indentOf(rows.get(r));
        }
        boolean header = isHeader(tokens);
        Deque<Open> open = new ArrayDeque<>();
        int row = -1;
        int previousEnd = 0;
        int[] starts = rowStarts(text);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!significant(t)) {
                continue;
            }
            int r = t.line() - 1;
            if (r != row) {
                row = r;
                boolean startsRow = r > 0 && previousEnd <= starts[r] && text.substring(starts[r], t.offset()).isBlank();
                if (startsRow && !open.isEmpty()) {
                    Open b = open.peek();
                    boolean eligible = r < changed.size() && (changed.get(r) || changed.get(b.row));
                    int wanted = expected(t, b, header);
                    if (eligible && indents[r] != wanted && !valid(t, b, indents[r], header)) {
                        shift[r] = wanted - indents[r];
                        indents[r] = wanted;
                        changed.set(r, true);
                    }
                }
            }
            if (t.opensBracket()) {
                Token next = nextSignificant(tokens, i + 1);
                boolean visual = next != null && next.line() == t.line() && next.kind() != TokenKind.COMMENT;
                open.push(new Open(r, indents[r], visual ? next.column() + shift[r] : -1, header));
            } else if (t.closesBracket() && !open.isEmpty()) {
                open.pop();
            }
            previousEnd = t.end();
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            String line = rows.get(r);
            out.append(shift[r] == 0 ? line : " ".repeat(indents[r]) + line.stripLeading());
        }
        return out.toString();
    }

    private static int expected(Token first, Open b, boolean header) {
        if (b.visual >= 0) {
            return b.visual;
        }
        if (first.closesBracket()) {
            return b.rowIndent;
        }
        return b.rowIndent + (header ? 8 : 4);
    }

    /** What pycodestyle accepts for the first token of a continuation row (E12x). */
    private static boolean valid(Token first, Open b, int indent, boolean header) {
        if (b.visual >= 0) {
            return indent == b.visual;
        }
        int hang = indent - b.rowIndent;
        if (first.closesBracket()) {
            return hang == 0;
        }
        return hang == 4 || header && hang == 8;
    }

    /** Wraps the first changed row that is over the limit and has a bracket to wrap in. */
    private String wrap(String text, List<Boolean> changed) {
        List<String> rows = lines(text);
        TokenStream tokens = Tokenizer.tokenize(text);
        boolean header = isHeader(tokens);
        for (int r = 0; r < rows.size(); r++) {
            if (!changed.get(r) || width(rows.get(r)) <= limit) {
                continue;
            }
            List<String> wrapped = wrapRow(tokens, rows.get(r), r, header);
            if (wrapped == null) {
                wrapped = splitContinuation(tokens, rows.get(r), r);
            }
            if (wrapped == null) {
                continue;
            }
            StringBuilder out = new StringBuilder();
            for (int k = 0; k < rows.size(); k++) {
                out.append(k == r ? String.join("", wrapped) : rows.get(k));
            }
            changed.remove(r);
            for (int k = 0; k < wrapped.size(); k++) {
                changed.add(r, true);
            }
            return out.toString();
        }
        return text;
    }

    /**
     * A continuation row (inside a bracket opened on an earlier row) with no bracket of its own to
     * wrap in, typically because what the rewrite appended after the closing bracket
     * ({@code ).add_done_callback(...)}) pushed it over: cut after the last comma of the enclosing
     * bracket that lets the row fit, and continue at the row's own indentation, which is already
     * a valid one for that bracket. Null when the row is no continuation or has no such comma.
     */
    private List<String> splitContinuation(TokenStream tokens, String row, int r) {
        int enclosing = 0;
        int relative = 0;
        int cut = -1;
        int rowStart = -1;
        for (int i = 0; i < tokens.size(); i++) {
            int line = tokens.line(i) - 1;
            if (line > r) {
                break;
            }
            if (!tokens.kind(i).isCode()) {
                continue;
            }
            if (line < r) {
                enclosing += tokens.opensBracket(i) ? 1 : tokens.closesBracket(i) ? -1 : 0;
                continue;
            }
            if (rowStart < 0) {
                rowStart = tokens.offset(i) - tokens.column(i);
            }
            if (tokens.closesBracket(i)) {
                relative--;
            } else if (tokens.opensBracket(i)) {
                relative++;
            }
            if (relative < 0) {
                break;
            }
            if (relative == 0 && tokens.isOp(i, ",") && tokens.column(i) + 1 <= limit) {
                cut = tokens.end(i) - rowStart;
            }
        }
        if (enclosing <= 0 || cut < 0) {
            return null;
        }
        String eol = row.substring(lineContentEnd(row));
        String content = row.substring(0, row.length() - eol.length());
        String rest = content.substring(cut).strip();
        if (rest.isEmpty()) {
            return null;
        }
        return List.of(content.substring(0, cut).stripTrailing() + eol, " ".repeat(indentOf(row)) + rest + eol);
    }

    /**
     * The row split inside one of its outermost brackets: first those whose content runs past
     * the limit, then the others (what follows a bracket travels with its last argument); null
     * when no split makes the row narrower.
     */
    private List<String> wrapRow(TokenStream tokens, String row, int r, boolean header) {
        String eol = row.substring(lineContentEnd(row));
        String content = row.substring(0, row.length() - eol.length());
        List<Integer> crossing = new ArrayList<>();
        List<Integer> inside = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.line(i) - 1 != r || !tokens.kind(i).isCode()) {
                continue;
            }
            if (tokens.closesBracket(i)) {
                depth = Math.max(0, depth - 1);
            } else if (tokens.opensBracket(i) && ++depth == 1 && tokens.column(i) < limit) {
                int close = tokens.partner(i);
                if (close == tokens.nextCode(i + 1)) {
                    // An empty pair ('.start()') has nothing to wrap: cut there, only its ')' would move.
                    continue;
                }
                boolean crosses = close < 0 || tokens.line(close) - 1 != r || tokens.column(close) >= limit;
                (crosses ? crossing : inside).add(i);
            }
        }
        List<Integer> candidates = new ArrayList<>(crossing);
        // Of the brackets that close before the limit, the widest first: the call the rewrite made, not range(3).
        inside.sort(java.util.Comparator.comparingInt((Integer i) -> tokens.offset(tokens.partner(i)) - tokens.offset(i)).reversed());
        candidates.addAll(inside);
        List<String> best = null;
        for (int open : candidates) {
            List<String> pieces = pieces(tokens, open, r, content);
            if (pieces.size() < 2) {
                continue;
            }
            List<String> aligned = fill(pieces, pieces.get(0).length(), false, eol);
            List<String> hanging = fill(pieces, indentOf(row) + (header ? 8 : 4), true, eol);
            List<String> first = continuation == Continuation.ALIGNED ? aligned : hanging;
            List<String> second = continuation == Continuation.ALIGNED ? hanging : aligned;
            for (List<String> candidate : List.of(first, second)) {
                if (widest(candidate) <= limit) {
                    return candidate;
                }
                if (widest(candidate) < width(content) && (best == null || widest(candidate) < widest(best))) {
                    best = candidate;
                }
            }
        }
        return best;
    }

    /**
     * The row cut after the opening bracket {@code open} and after each comma directly inside it:
     * the head (up to and including the bracket), then each argument with its comma; the last
     * piece keeps whatever follows the bracket's content on the row.
     */
    private static List<String> pieces(TokenStream tokens, int open, int r, String content) {
        int rowStart = tokens.offset(open) - tokens.column(open);
        List<String> pieces = new ArrayList<>();
        pieces.add(content.substring(0, tokens.column(open) + 1));
        int from = tokens.column(open) + 1;
        int close = tokens.partner(open);
        for (int i = open + 1; i < tokens.size() && (close < 0 || i < close); i++) {
            Token t = tokens.get(i);
            if (t.line() - 1 != r) {
                break;
            }
            if (t.opensBracket() && tokens.partner(i) > i) {
                i = tokens.partner(i) - 1;
                if (tokens.line(i + 1) - 1 != r) {
                    break;
                }
                continue;
            }
            if (t.isOp(",")) {
                int end = t.end() - rowStart;
                pieces.add(content.substring(from, end).strip());
                from = end;
            }
        }
        String rest = content.substring(Math.min(from, content.length())).strip();
        if (!rest.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }

    /**
     * The head, then the pieces filled greedily into rows indented by {@code indent}: after the
     * head's bracket (aligned), or on the rows below it (hanging).
     */
    private List<String> fill(List<String> pieces, int indent, boolean hanging, String eol) {
        List<String> rows = new ArrayList<>();
        String head = pieces.get(0);
        StringBuilder current;
        if (hanging) {
            rows.add(head.stripTrailing() + eol);
            current = new StringBuilder(" ".repeat(indent)).append(pieces.get(1));
        } else {
            current = new StringBuilder(head).append(pieces.get(1));
        }
        for (int k = 2; k < pieces.size(); k++) {
            String piece = pieces.get(k);
            if (current.length() + 1 + piece.length() <= limit) {
                current.append(' ').append(piece);
            } else {
                rows.add(current + eol);
                current = new StringBuilder(" ".repeat(indent)).append(piece);
            }
        }
        rows.add(current + eol);
        return rows;
    }

    private static int widest(List<String> rows) {
        return rows.stream().mapToInt(Layout::width).max().orElse(0);
    }

    /** A row's width without its line ending. */
    private static int width(String row) {
        int end = row.length();
        while (end > 0 && (row.charAt(end - 1) == '\n' || row.charAt(end - 1) == '\r')) {
            end--;
        }
        return row.codePointCount(0, end);
    }

    private static int lineContentEnd(String row) {
        int end = row.length();
        while (end > 0 && (row.charAt(end - 1) == '\n' || row.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    /** A compound statement's header ends with its colon: pycodestyle wants its hanging indent doubled (E125). */
    private static boolean isHeader(TokenStream tokens) {
        int last = tokens.previousCode(tokens.size() - 1);
        return last >= 0 && tokens.isOp(last, ":");
    }

    private static boolean significant(Token t) {
        return t.kind().isCode() || t.kind() == TokenKind.COMMENT;
    }

    private static Token nextSignificant(TokenStream tokens, int from) {
        for (int i = from; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (significant(t)) {
                return t;
            }
        }
        return null;
    }

    private static Token firstOnLine(TokenStream tokens, int from, int line) {
        for (int i = from; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.line() > line) {
                return null;
            }
            if (t.line() == line && significant(t)) {
                return t;
            }
        }
        return null;
    }

    private static int indentOf(String row) {
        int i = 0;
        while (i < row.length() && row.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The text's rows, each with its line ending. */
    static List<String> lines(String text) {
        int[] starts = rowStarts(text);
        List<String> rows = new ArrayList<>(starts.length - 1);
        for (int k = 0; k + 1 < starts.length; k++) {
            rows.add(text.substring(starts[k], starts[k + 1]));
        }
        return rows;
    }

    /** Where each row of {@link #lines} starts, and the text's length last: the same breaks, without a string per row. */
    static int[] rowStarts(String text) {
        int[] starts = new int[16];
        int rows = 0;
        if (text.indexOf('\r') < 0) {
            // Line feeds only (nearly every file): indexOf reads the string's own bytes, far quicker than charAt.
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                starts = grown(starts, ++rows);
                starts[rows] = i + 1;
            }
        } else {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    starts = grown(starts, ++rows);
                    starts[rows] = i + 1;
                }
            }
        }
        // A last row without a line break is a row of its own, as lines() gives it.
        if (starts[rows] < text.length()) {
            starts = grown(starts, ++rows);
            starts[rows] = text.length();
        }
        return java.util.Arrays.copyOf(starts, rows + 1);
    }

    private static int[] grown(int[] a, int index) {
        return index < a.length ? a : java.util.Arrays.copyOf(a, a.length * 2);
    }

}
