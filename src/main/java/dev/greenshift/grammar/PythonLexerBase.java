package dev.greenshift.grammar;

import java.util.ArrayDeque;
import java.util.Deque;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Lexer;

/**
 * The state the generated PythonLexer cannot keep in its modes alone: which f-strings and
 * replacement fields are open, and how deep the brackets inside each field go. Every method is
 * total: on garbage input (an unmatched '}', a newline inside a one-line f-string) it recovers by
 * closing what is open, never by throwing, because every character must still reach a token.
 */
public abstract class PythonLexerBase extends Lexer {

    /** One open f-string or replacement field, innermost last. */
    private static final class Frame {
        final boolean field;
        final boolean raw;
        final boolean triple;
        int depth;
        boolean inSpec;

        Frame(boolean field, boolean raw, boolean triple) {
            this.field = field;
            this.raw = raw;
            this.triple = triple;
        }
    }

    private final Deque<Frame> frames = new ArrayDeque<>();

    protected PythonLexerBase(CharStream input) {
        super(input);
    }

    @Override
    public void reset() {
        super.reset();
        frames.clear();
    }

    private int modeNamed(String name) {
        String[] names = getModeNames();
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException("no lexer mode " + name);
    }

    private void popModeSafely() {
        if (!_modeStack.isEmpty()) {
            popMode();
        }
    }

    /**
     * True in ordinary code outside every f-string: no mode pushed, no frame open. From here the
     * lexer's output depends on the remaining text alone, so another scanner may take over.
     */
    public boolean atTopLevel() {
        return frames.isEmpty() && _modeStack.isEmpty() && _mode == DEFAULT_MODE;
    }

    protected void enterFString() {
        String text = getText();
        String prefix = text.replaceAll("['\"]+$", "");
        String quotes = text.substring(prefix.length());
        boolean raw = prefix.indexOf('r') >= 0 || prefix.indexOf('R') >= 0;
        boolean triple = quotes.length() == 3;
        boolean single = quotes.charAt(0) == '\'';
        frames.push(new Frame(false, raw, triple));
        pushMode(modeNamed((single ? "FSTR_SQ" : "FSTR_DQ") + (triple ? "3" : "")));
    }

    protected void exitFString() {
        if (!frames.isEmpty() && !frames.peek().field) {
            frames.pop();
        }
        popModeSafely();
    }

    /** A newline ended a one-line f-string that never closed: fall back to ordinary code. */
    protected void abandonFString() {
        exitFString();
    }

    /** True when the next character is a brace or the end of input: where a lone backslash may stand. */
    protected boolean atBraceOrEnd() {
        int next = _input.LA(1);
        return next == '{' || next == '}' || next == CharStream.EOF;
    }

    protected boolean isRawFString() {
        for (Frame frame : frames) {
            if (!frame.field) {
                return frame.raw;
            }
        }
        return false;
    }

    protected void enterField() {
        frames.push(new Frame(true, false, false));
        pushMode(DEFAULT_MODE);
    }

    protected boolean atFieldTop() {
        Frame top = frames.peek();
        return top != null && top.field && top.depth == 0;
    }

    protected void openBracket() {
        Frame top = frames.peek();
        if (top != null && top.field) {
            top.depth++;
        }
    }

    protected void closeBracket() {
        Frame top = frames.peek();
        if (top != null && top.field && top.depth > 0) {
            top.depth--;
        }
    }

    /** '}' in code: closes a bracket, or the replacement field it belongs to. */
    protected void closeBrace() {
        Frame top = frames.peek();
        if (top == null || !top.field) {
            return;
        }
        if (top.depth > 0) {
            top.depth--;
            return;
        }
        frames.pop();
        popModeSafely();
    }

    /** ':' at the top of a replacement field starts its format spec. */
    protected void colon() {
        Frame top = frames.peek();
        if (top != null && top.field && top.depth == 0 && !top.inSpec) {
            top.inSpec = true;
            pushMode(modeNamed("FORMAT_SPEC"));
        }
    }

    /** '}' ending a format spec ends its replacement field too. */
    protected void exitFormatSpec() {
        popModeSafely();
        if (!frames.isEmpty() && frames.peek().field) {
            frames.pop();
            popModeSafely();
        }
    }

    /** In a triple-quoted f-string a newline is spec text; in a one-line one it ends the f-string. */
    protected void newlineInFormatSpec() {
        Frame fstring = null;
        for (Frame frame : frames) {
            if (!frame.field) {
                fstring = frame;
                break;
            }
        }
        if (fstring != null && fstring.triple) {
            setType(PythonLexer.FSTRING_MIDDLE);
            return;
        }
        setType(PythonLexer.NEWLINE_RAW);
        while (!frames.isEmpty()) {
            Frame frame = frames.pop();
            popModeSafely();
            if (frame.field && frame.inSpec) {
                popModeSafely();
            }
            if (!frame.field) {
                break;
            }
        }
    }
}
