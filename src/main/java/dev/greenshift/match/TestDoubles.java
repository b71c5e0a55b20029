package dev.greenshift.match;

import dev.greenshift.lex.StringLiterals;
import dev.greenshift.lex.TokenKind;
import dev.greenshift.lex.TokenStream;
import dev.greenshift.names.NameTable;
import dev.greenshift.syntax.Module;
import dev.greenshift.syntax.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The test doubles of a module: {@code mock.patch('pkg.mod.name', ...)} (and {@code MockPatch},
 * {@code stub_out}, {@code monkeypatch.setattr('pkg.mod.name', ...)}), whose target is a string, and
 * {@code mock.patch.object(module, 'name', ...)} (and {@code MockPatchObject}, {@code self.mock_object},
 * {@code monkeypatch.setattr(module, 'name', ...)}), whose target is a module passed as an argument
 * and an attribute name. The module argument is resolved by the one resolver ({@link NameTable}):
 * {@code patch.object(greenthread, 'sleep')} after {@code from eventlet import greenthread} targets
 * {@code eventlet.greenthread.sleep}. What stands in for the target (the {@code new} argument,
 * {@code side_effect}, {@code wraps}) is kept, as code that runs instead of the target.
 */
public final class TestDoubles {

    /**
     * One double: the call's parentheses, its target's qualified name (as written for a string
     * target, resolved for a module argument; null when the module argument is not an import), the
     * target's tokens (the string, or the module argument through the string), whether the module is
     * an argument, and the code that stands in for the target.
     */
    public record Double(int open, int close, String target, int targetFirst, int targetLast, int moduleLast, boolean object,
                         List<Span> standIns, Statement statement) {
        public Double {
            standIns = List.copyOf(standIns);
        }

        /** The string token that names the target (or its attribute). */
        public int nameToken() {
            return targetLast;
        }
    }

    /** The words a double's callee holds in some case: patch, MockPatchObject, stub_out, monkeypatch.setattr. */
    private static final String[] DOUBLE_WORDS = {"patch", "stub", "object", "setattr"};

    private TestDoubles() {
    }

    public static List<Double> of(Module module, NameTable names) {
        TokenStream tokens = module.tokens();
        Statement[] owners = module.owners();
        List<Double> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.isOp(i, "(") || tokens.partner(i) < i) {
                continue;
            }
            int callee = tokens.previousCode(i - 1);
            if (callee < 0 || tokens.kind(callee) != TokenKind.NAME) {
                continue;
            }
            Kind kind = kindOf(tokens, callee);
            if (kind == null) {
                continue;
            }
            Double d = double_(module, names, i, kind, owners[callee]);
            if (d != null) {
                found.add(d);
            }
        }
        return found;
    }

    private enum Kind { STRING, OBJECT, SETATTR }

    /**
     * What the callee ending at {@code last} is: a patch of a string target ({@code patch},
     * {@code MockPatch}, {@code stub_out}), of a module attribute ({@code patch.object},
     * {@code MockPatchObject}), or pytest's {@code monkeypatch.setattr}, which takes either.
     */
    private static Kind kindOf(TokenStream tokens, int last) {
        String written = tokens.text(last);
        // Every kind below names one of these words: most callees (assertEqual) are told apart without a lower-case copy.
        if (!namesADoubleWord(written)) {
            return null;
        }
        String name = written.toLowerCase(Locale.ROOT);
        int dot = tokens.previousCode(last - 1);
        String owner = dot >= 0 && tokens.isOp(dot, ".") ? tokens.text(tokens.previousCode(dot - 1)).toLowerCase(Locale.ROOT) : "";
        // mock_object(obj, 'name') is the base test class helper of cinder and manila (patch.object + addCleanup).
        if (name.equals("object") && owner.contains("patch") || name.contains("patchobject") || name.equals("mock_object")) {
            return Kind.OBJECT;
        }
        if (name.equals("setattr") && owner.contains("monkeypatch")) {
            return Kind.SETATTR;
        }
        if (name.equals("dict") || name.equals("multiple")) {
            return null;
        }
        return name.contains("patch") || name.contains("stub") ? Kind.STRING : null;
    }

    /** True when the name holds patch, stub, object or setattr in any case: one pass, lower-casing ASCII letters in place. */
    private static boolean namesADoubleWord(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = lower(name.charAt(i));
            if (c != 'p' && c != 's' && c != 'o') {
                continue;
            }
            for (String word : DOUBLE_WORDS) {
                if (word.charAt(0) == c && startsWithLower(name, i, word)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean startsWithLower(String name, int at, String word) {
        if (at + word.length() > name.length()) {
            return false;
        }
        for (int k = 1; k < word.length(); k++) {
            if (lower(name.charAt(at + k)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** ASCII letters lower-cased; any other character as it is (no word above holds one). */
    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    private static Double double_(Module module, NameTable names, int open, Kind kind, Statement statement) {
        TokenStream tokens = module.tokens();
        int close = tokens.partner(open);
        List<int[]> positional = Arguments.positional(tokens, open);
        if (positional.isEmpty()) {
            return null;
        }
        int[] first = positional.get(0);
        boolean object = kind == Kind.OBJECT || kind == Kind.SETATTR && !isString(tokens, first);
        List<Span> standIns = new ArrayList<>();
        int standInPosition = object ? 2 : 1;
        if (positional.size() > standInPosition) {
            int[] a = positional.get(standInPosition);
            standIns.add(Span.of(tokens.offset(a[0]), tokens.end(a[1])));
        }
        standIns.addAll(keywordValues(tokens, open, close));
        if (!object) {
            if (first[0] != first[1] || !isString(tokens, first)) {
                return null;
            }
            String target = StringLiterals.plainContent(tokens.text(first[0]));
            return target == null ? null : new Double(open, close, target, first[0], first[0], -1, false, standIns, statement);
        }
        if (positional.size() < 2) {
            return null;
        }
        int[] attribute = positional.get(1);
        String name = attribute[0] == attribute[1] && isString(tokens, attribute) ? StringLiterals.plainContent(tokens.text(attribute[0])) : null;
        if (name == null || !name.matches("[A-Za-z_]\\w*")) {
            return null;
        }
        List<Integer> chain = dottedOnly(module, first);
        String owner = chain == null ? null : names.qualify(chain);
        return new Double(open, close, owner == null ? null : owner + "." + name, first[0], attribute[0], first[1], true, standIns, statement);
    }

    /** The NAME tokens of an argument that is a dotted name and nothing else, or null. */
    private static List<Integer> dottedOnly(Module module, int[] argument) {
        if (module.tokens().kind(argument[0]) != TokenKind.NAME) {
            return null;
        }
        List<Integer> chain = module.dottedChain(argument[0]);
        return chain.get(chain.size() - 1) == argument[1] ? chain : null;
    }

    private static boolean isString(TokenStream tokens, int[] argument) {
        return tokens.kind(argument[0]) == TokenKind.STRING;
    }

    /** The values of the keywords that stand in for the target: new, side_effect, wraps (and stub_out's fake). */
    private static List<Span> keywordValues(TokenStream tokens, int open, int close) {
        List<Span> out = new ArrayList<>();
        int depth = 0;
        for (int i = open + 1; i < close; i++) {
            if (tokens.opensBracket(i)) {
                depth++;
            } else if (tokens.closesBracket(i)) {
                depth--;
            } else if (depth == 0 && tokens.kind(i) == TokenKind.NAME && STAND_INS.contains(tokens.text(i))) {
                int eq = tokens.nextCode(i + 1);
                int prev = tokens.previousCode(i - 1);
                if (!tokens.isOp(eq, "=") || !(tokens.isOp(prev, ",") || prev == open)) {
                    continue;
                }
                int from = tokens.nextCode(eq + 1);
                int to = from;
                for (int j = from; j < close; j = tokens.nextCode(j + 1)) {
                    if (tokens.isOp(j, ",")) {
                        break;
                    }
                    if (tokens.opensBracket(j)) {
                        j = tokens.partner(j);
                    }
                    to = j;
                }
                out.add(Span.of(tokens.offset(from), tokens.end(to)));
            }
        }
        return out;
    }

    private static final java.util.Set<String> STAND_INS = java.util.Set.of("new", "side_effect", "wraps", "fake", "value");
}
