package dev.greenshift.lex;

import dev.greenshift.grammar.PythonLexer;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * The code points of the grammar's ID_START and ID_CONTINUE fragments, read from the generated
 * lexer's own ATN rather than from {@link Character}: ANTLR resolves \p{L} and friends with the
 * Unicode tables of the tool that generated the lexer, the JDK with its own, and the two versions
 * need not agree on a rare letter. Reading the ATN makes {@link RawScanner} agree by construction.
 */
final class IdentifierChars {
    private static final BitSet START = fragment("ID_START");
    private static final BitSet CONTINUE = fragment("ID_CONTINUE");
    private static final boolean[] ASCII_START = ascii(START);
    private static final boolean[] ASCII_CONTINUE = ascii(CONTINUE);

    private IdentifierChars() {
    }

    static boolean isStart(int codePoint) {
        return codePoint < 128 ? ASCII_START[codePoint] : START.get(codePoint);
    }

    static boolean isContinue(int codePoint) {
        return codePoint < 128 ? ASCII_CONTINUE[codePoint] : CONTINUE.get(codePoint);
    }

    /** The characters a one-character-set fragment matches: the labels one step past its epsilon edges. */
    private static BitSet fragment(String rule) {
        int index = java.util.Arrays.asList(PythonLexer.ruleNames).indexOf(rule);
        if (index < 0) {
            throw new IllegalStateException("no lexer rule " + rule);
        }
        BitSet chars = new BitSet(Character.MAX_CODE_POINT + 1);
        Deque<ATNState> todo = new ArrayDeque<>();
        BitSet seen = new BitSet();
        todo.push(PythonLexer._ATN.ruleToStartState[index]);
        while (!todo.isEmpty()) {
            ATNState state = todo.pop();
            if (seen.get(state.stateNumber)) {
                continue;
            }
            seen.set(state.stateNumber);
            for (Transition t : state.getTransitions()) {
                if (t.isEpsilon()) {
                    todo.push(t.target);
                    continue;
                }
                IntervalSet label = t.label();
                if (label == null) {
                    throw new IllegalStateException(rule + " is not a character set");
                }
                for (Interval range : label.getIntervals()) {
                    chars.set(range.a, range.b + 1);
                }
            }
        }
        if (chars.isEmpty()) {
            throw new IllegalStateException(rule + " matches nothing");
        }
        return chars;
    }

    private static boolean[] ascii(BitSet chars) {
        boolean[] table = new boolean[128];
        for (int c = 0; c < 128; c++) {
            table[c] = chars.get(c);
        }
        return table;
    }
}
