package dev.greenshift.match;

import dev.greenshift.lex.Token;
import dev.greenshift.lex.TokenKind;
import dev.greenshift.lex.TokenStream;
import dev.greenshift.names.Binding;
import dev.greenshift.names.NameTable;
import dev.greenshift.syntax.Module;
import dev.greenshift.syntax.Statement;
import dev.greenshift.syntax.StatementKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Every use of a handle bound by an assignment ({@code t = spawn(f)} or {@code self.t = ...}):
 * the references to the same binding in its scope, or to {@code self.t} in the class. A use is a
 * method call on the handle ({@code t.wait()}) or anything else, an escape: stored, passed,
 * compared, reassigned. Recipes use this to rewrite a handle only when they see all of it.
 */
public final class HandleUses {

    /** One use: the receiver tokens [first, receiverLast]; for a method call, its name and parentheses. */
    public record Use(int first, int receiverLast, String method, int open, int close, boolean statement) {
        public boolean isEscape() {
            return method == null;
        }
    }

    private HandleUses() {
    }

    /** The uses of the target [first, last] (a name, or self.name), or null when the target is another shape. */
    public static List<Use> of(Module module, NameTable names, int first, int last) {
        TokenStream tokens = module.tokens();
        List<Integer> code = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            if (tokens.get(i).kind().isCode()) {
                code.add(i);
            }
        }
        if (code.size() == 1 && tokens.get(first).kind() == TokenKind.NAME) {
            return ofName(module, names, first);
        }
        if (code.size() == 3 && tokens.get(code.get(0)).isName("self") && tokens.get(code.get(1)).isOp(".")
                && tokens.get(code.get(2)).kind() == TokenKind.NAME) {
            return ofSelfAttribute(module, first, tokens.get(code.get(2)).text());
        }
        return null;
    }

    private static List<Use> ofName(Module module, NameTable names, int target) {
        TokenStream tokens = module.tokens();
        Binding binding = names.lookup(target);
        String name = tokens.get(target).text();
        Statement[] owners = module.owners();
        List<Use> uses = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i == target || t.kind() != TokenKind.NAME || !t.text().equals(name) || module.isAttributeAccess(i)) {
                continue;
            }
            if (names.lookup(i) != binding) {
                continue;
            }
            uses.add(classify(module, owners, i, i));
        }
        return uses;
    }

    private static List<Use> ofSelfAttribute(Module module, int target, String attr) {
        TokenStream tokens = module.tokens();
        Statement classStatement = enclosingClass(module, target);
        if (classStatement == null) {
            return null;
        }
        Statement[] owners = module.owners();
        List<Use> uses = new ArrayList<>();
        for (int i = classStatement.first(); i <= classStatement.lastDeep(); i++) {
            if (i == target || !tokens.get(i).isName("self") || module.isAttributeAccess(i)) {
                continue;
            }
            int dot = tokens.nextCode(i + 1);
            int name = tokens.nextCode(dot + 1);
            if (tokens.get(dot).isOp(".") && tokens.get(name).isName(attr)) {
                uses.add(classify(module, owners, i, name));
            }
        }
        return uses;
    }

    private static Statement enclosingClass(Module module, int token) {
        Statement[] found = {null};
        module.walk((s, parent) -> {
            if (s.kind() == StatementKind.CLASS && s.first() <= token && token <= s.lastDeep()) {
                found[0] = s;
            }
        });
        return found[0];
    }

    private static Use classify(Module module, Statement[] owners, int first, int receiverLast) {
        TokenStream tokens = module.tokens();
        int dot = tokens.nextCode(receiverLast + 1);
        if (tokens.get(dot).isOp(".")) {
            int method = tokens.nextCode(dot + 1);
            int open = tokens.nextCode(method + 1);
            if (tokens.get(method).kind() == TokenKind.NAME && tokens.get(open).isOp("(") && tokens.partner(open) > open) {
                int close = tokens.partner(open);
                Statement s = owners[first];
                boolean statement = s != null && s.kind() == StatementKind.EXPRESSION && s.first() == first && s.last() == close;
                return new Use(first, receiverLast, tokens.get(method).text(), open, close, statement);
            }
        }
        return new Use(first, receiverLast, null, -1, -1, false);
    }
}
