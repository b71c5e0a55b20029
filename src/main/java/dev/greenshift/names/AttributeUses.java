package dev.greenshift.names;

import dev.greenshift.lex.Token;
import dev.greenshift.lex.TokenKind;
import dev.greenshift.lex.TokenStream;
import dev.greenshift.syntax.Module;
import dev.greenshift.syntax.Statement;
import dev.greenshift.syntax.StatementKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The attributes code reads on the object a call makes: {@code getcurrent().parent} on the call
 * itself, {@code q.resize(n)} on the name it is assigned to (in that name's scope; for a module
 * global also in the project's modules that import it), {@code self.done.send(v)} on the attribute
 * it is assigned to (in the class and in every subclass, in this module or another). A rewrite that
 * changes the object's type asks this before it drops a method somebody calls.
 */
public final class AttributeUses {

    /** One attribute read on the object; {@code token} is its index in this module, or -1 in another. */
    public record Use(String attribute, String where, int token) {
    }

    private AttributeUses() {
    }

    /** Every attribute read on the value of the call spanning tokens [first, last]. */
    public static List<Use> ofCall(NameTable names, ProjectNames project, int first, int last) {
        Module module = names.module();
        TokenStream tokens = module.tokens();
        List<Use> uses = new ArrayList<>();
        String direct = attributeAfter(tokens, last);
        if (direct != null) {
            uses.add(new Use(direct, "line " + tokens.line(last), tokens.nextCode(tokens.nextCode(last + 1) + 1)));
            return uses;
        }
        List<Integer> target = assignedTo(module, first, last);
        if (target.isEmpty()) {
            ElementUses.ofElement(names, project, first, last, uses);
            return uses;
        }
        if (target.size() == 1 && tokens.kind(target.get(0)) == TokenKind.NAME) {
            ofName(names, project, target.get(0), uses);
        } else if (target.size() == 3 && tokens.isName(target.get(0), "self") && tokens.isOp(target.get(1), ".")) {
            String attr = tokens.text(target.get(2));
            String cls = names.enclosingClass(target.get(0));
            ofSelfAttributeIn(names, names.classRange(target.get(0)), attr, uses, "");
            if (cls == null) {
                return uses;
            }
            // Subclasses here first, then in the project's other modules (also subclasses of those).
            java.util.Set<String> family = new java.util.HashSet<>(java.util.Set.of(cls));
            for (boolean grew = true; grew; ) {
                grew = false;
                for (NameTable.ClassDef c : names.classes()) {
                    if (!family.contains(c.qualified()) && c.bases().stream().anyMatch(family::contains)) {
                        family.add(c.qualified());
                        ofSelfAttributeIn(names, c.range(), attr, uses, "");
                        grew = true;
                    }
                }
            }
            if (project != null && names.location().dotted() != null) {
                for (ProjectNames.ClassIn sub : project.subclasses(family, attr, names.location().dotted())) {
                    ofSelfAttributeIn(sub.names(), sub.range(), attr, uses, sub.path() + ":");
                }
            }
        } else {
            ElementUses.ofElement(names, project, first, last, uses);
        }
        return uses;
    }

    /**
     * The NAME tokens whose bindings hold the object the call spanning [first, last] makes: the name
     * it is assigned to, or the names that take it out of the container it is put into. Empty when
     * neither is known.
     */
    public static List<Integer> holdersOf(NameTable names, int first, int last) {
        List<Integer> target = assignedTo(names.module(), first, last);
        if (target.size() == 1 && names.module().tokens().kind(target.get(0)) == TokenKind.NAME) {
            return target;
        }
        return ElementUses.holders(names, first, last);
    }

    /**
     * The code tokens of the target a call spanning [first, last] is assigned to, when it is the
     * whole right-hand side of a single-target assignment ({@code q = Queue()}, {@code self.q = ...}); else empty.
     */
    public static List<Integer> assignedTo(Module module, int first, int last) {
        TokenStream tokens = module.tokens();
        Statement s = module.owners()[first];
        if (s == null || s.kind() != StatementKind.ASSIGNMENT || s.last() != last) {
            return List.of();
        }
        int eq = tokens.previousCode(first - 1);
        if (!tokens.isOp(eq, "=")) {
            return List.of();
        }
        List<Integer> target = new ArrayList<>();
        for (int i = s.first(); i < eq; i++) {
            if (tokens.kind(i).isCode()) {
                target.add(i);
            }
        }
        return target;
    }

    static void ofName(NameTable names, ProjectNames project, int target, List<Use> uses) {
        Module module = names.module();
        TokenStream tokens = module.tokens();
        Binding binding = names.lookup(target);
        String name = tokens.text(target);
        int[] scope = names.bindingScope(target);
        for (int i = scope[0]; i <= scope[1]; i++) {
            if (!tokens.isName(i, name) || module.isAttributeAccess(i) || names.lookup(i) != binding) {
                continue;
            }
            String attr = attributeAfter(tokens, i);
            if (attr != null) {
                uses.add(new Use(attr, "line " + tokens.line(i), tokens.nextCode(tokens.nextCode(i + 1) + 1)));
            }
        }
        if (!names.isLocalAt(name, target) && names.location().dotted() != null && project != null) {
            uses.addAll(project.usesOfGlobal(names.location().dotted(), name));
        }
    }

    /** {@code self.<attr>.<x>} inside the token range of a class. */
    static void ofSelfAttributeIn(NameTable names, int[] range, String attr, List<Use> uses, String where) {
        if (range == null) {
            return;
        }
        Module module = names.module();
        TokenStream tokens = module.tokens();
        for (int i = range[0]; i <= range[1]; i++) {
            if (!tokens.isName(i, "self") || module.isAttributeAccess(i)) {
                continue;
            }
            int dot = tokens.nextCode(i + 1);
            int name = tokens.nextCode(dot + 1);
            if (tokens.isOp(dot, ".") && tokens.isName(name, attr)) {
                String x = attributeAfter(tokens, name);
                if (x != null) {
                    uses.add(new Use(x, where.isEmpty() ? "line " + tokens.line(name) : where + tokens.line(name), where.isEmpty() ? tokens.nextCode(tokens.nextCode(name + 1) + 1) : -1));
                }
            }
        }
    }

    /** The name after {@code .} following token {@code i}, or null. */
    static String attributeAfter(TokenStream tokens, int i) {
        int dot = tokens.nextCode(i + 1);
        if (dot >= tokens.size() || !tokens.isOp(dot, ".")) {
            return null;
        }
        Token name = tokens.get(tokens.nextCode(dot + 1));
        return name.kind() == TokenKind.NAME ? name.text() : null;
    }
}
