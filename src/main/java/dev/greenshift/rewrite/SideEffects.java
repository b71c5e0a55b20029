package dev.greenshift.rewrite;

import dev.greenshift.lex.Token;
import dev.greenshift.lex.TokenKind;
import dev.greenshift.lex.TokenStream;
import dev.greenshift.syntax.Module;
import dev.greenshift.syntax.Statement;
import java.util.Set;

/**
 * Whether evaluating an {@code if}'s test can do something beyond deciding the branch: a call
 * (other than a few that only read, such as {@code os.environ.get}), an assignment expression
 * ({@code :=}), {@code await} or {@code yield}. Deleting such an {@code if} must keep the test.
 */
final class SideEffects {
    /** Calls that only read the environment or an object: deleting them changes nothing. */
    private static final Set<String> READS = Set.of("get", "getenv", "isinstance", "issubclass", "hasattr", "getattr", "len", "bool",
            "int", "str", "startswith", "endswith", "exists", "isfile", "isdir", "lower", "upper", "strip");

    private SideEffects() {
    }

    /** True when the test of the if/elif statement may have an effect of its own. */
    static boolean inCondition(Module module, Statement conditional) {
        TokenStream tokens = module.tokens();
        int from = tokens.nextCode(conditional.first() + 1);
        int to = tokens.previousCode(conditional.last() - 1);
        for (int i = from; i <= to; i++) {
            Token t = tokens.get(i);
            if (t.isOp(":=") || t.isName("await") || t.isName("yield")) {
                return true;
            }
            if (t.isOp("(") && i > from) {
                Token before = tokens.get(tokens.previousCode(i - 1));
                boolean call = before.kind() == TokenKind.NAME && !isKeyword(before.text()) || before.isOp(")") || before.isOp("]");
                if (call && !(before.kind() == TokenKind.NAME && READS.contains(before.text()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isKeyword(String word) {
        return Set.of("and", "or", "not", "in", "is", "if", "else", "lambda").contains(word);
    }
}
