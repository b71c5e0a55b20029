package dev.greenshift.rewrite;

import dev.greenshift.lex.Token;
import dev.greenshift.lex.TokenKind;
import dev.greenshift.lex.TokenStream;
import dev.greenshift.syntax.Module;
import dev.greenshift.syntax.Statement;
import dev.greenshift.syntax.StatementKind;
import java.util.Set;

/**
 * Whether evaluating an {@code if}'s test can do something beyond deciding the branch: a call
 * (other than a few that only read, such as {@code os.environ.get}), an assignment expression
 * ({@code :=}), {@code await} or {@code yield}. Deleting such an {@code if} must keep the test.
 */
public final class SideEffects {
    /** Calls that only read the environment or an object: deleting them changes nothing. */
    private static final Set<String> READS = Set.of("get", "getenv", "isinstance", "issubclass", "hasattr", "getattr", "len", "bool",
            "int", "str", "startswith", "endswith", "exists", "isfile", "isdir", "lower", "upper", "strip");

    private SideEffects() {
    }

    /** True when the test of the if/elif statement may have an effect of its own (an else has no test: false). */
    static boolean inCondition(Module module, Statement conditional) {
        return inCondition(module.tokens(), conditional);
    }

    /** {@link #inCondition(Module, Statement)} on the tokens of a rendered text that has no Module of its own. */
    public static boolean inCondition(TokenStream tokens, Statement conditional) {
        if (conditional.kind() != StatementKind.IF && conditional.kind() != StatementKind.ELIF) {
            return false;
        }
        int from = tokens.nextCode(conditional.first() + 1);
        int to = tokens.previousCode(conditional.last() - 1);
        for (int i = from; i <= to; i++) {
            if (tokens.isOp(i, ":=") || tokens.isName(i, "await") || tokens.isName(i, "yield")) {
                return true;
            }
            if (tokens.isOp(i, "(") && i > from) {
                Token before = tokens.get(tokens.previousCode(i - 1));
                boolean call = before.kind() == TokenKind.NAME && !isKeyword(before.text()) || before.isOp(")") || before.isOp("]");
                if (call && !(before.kind() == TokenKind.NAME && reads(tokens, tokens.previousCode(i - 1)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A call that only reads: one of READS, with {@code get} only on the environment ({@code os.environ.get}), not a queue's. */
    private static boolean reads(TokenStream tokens, int name) {
        String called = tokens.text(name);
        if (!called.equals("get")) {
            return READS.contains(called);
        }
        int dot = tokens.previousCode(name - 1);
        return dot >= 0 && tokens.isOp(dot, ".") && tokens.isName(tokens.previousCode(dot - 1), "environ");
    }

    private static boolean isKeyword(String word) {
        return Set.of("and", "or", "not", "in", "is", "if", "else", "lambda").contains(word);
    }
}
