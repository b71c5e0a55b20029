package dev.greenshift.rewrite;

import dev.greenshift.lex.Token;
import dev.greenshift.lex.TokenKind;
import dev.greenshift.lex.TokenStream;
import dev.greenshift.syntax.Module;
import dev.greenshift.syntax.Statement;
import dev.greenshift.syntax.StatementKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Sweeps away the husks a rewrite leaves behind, which a reviewer would send back: an assignment
 * that became {@code x = x} (a wrapper such as {@code tpool.Proxy(x)} unwrapped), and an
 * {@code if}/{@code elif}/{@code else} whose every body became {@code pass}, when its conditions
 * have no side effect (no call, no {@code :=}, no {@code await}). A block left with nothing keeps
 * one {@code pass}; a docstring is not a husk, so a function that had one keeps it. Only code an
 * edit wrote (or whose body an edit emptied) is swept: husks the author wrote stay.
 */
public final class Husks {
    private final Module module;
    private final TokenStream tokens;
    private final List<int[]> changed;
    private final EditPlan plan = new EditPlan();

    private Husks(Module module, List<int[]> changed) {
        this.module = module;
        this.tokens = module.tokens();
        this.changed = changed;
    }

    /** The rewritten text without the husks the edits (writing {@code changed}) made. */
    public static String sweep(EditPlan.Rendering rendering) {
        return swept(rendering).text();
    }

    /**
     * A swept text, with its parse when the sweep made one of this very text (null otherwise): most
     * rewrites leave no husk, and the import fix-up that reads the text next need not parse it again.
     */
    public record Swept(String text, Module parsed) {
    }

    /** As {@link #sweep}, keeping the parse of the result when there is one. */
    public static Swept swept(EditPlan.Rendering rendering) {
        if (rendering.changed().isEmpty()) {
            return new Swept(rendering.text(), null);
        }
        Module module = Module.parse(rendering.text());
        Husks husks = new Husks(module, rendering.changed());
        husks.sweep(module.body().statements(), null, true);
        return husks.plan.isEmpty() ? new Swept(rendering.text(), module) : new Swept(husks.plan.render(rendering.text()), null);
    }

    /**
     * True when sweeping the module as it is, no edit made, would change it: a block of passes alone
     * (an edit anywhere in the file has the sweep collapse it). Without one, edits that only add
     * comment lines above statements leave nothing to sweep: a comment touches no statement it
     * stands above, and the compound statements around it hold that statement, which is no husk.
     */
    public static boolean sweepsUntouched(Module module) {
        Husks husks = new Husks(module, List.of());
        husks.sweep(module.body().statements(), null, true);
        return !husks.plan.isEmpty();
    }

    /** Sweeps one block; {@code mayEmpty}: the module body may end up with no statement at all. */
    private void sweep(List<Statement> block, Statement parent, boolean mayEmpty) {
        List<List<Statement>> units = units(block);
        boolean allVoid = units.stream().allMatch(this::isVoid);
        if (allVoid && parent != null) {
            if (units.size() > 1 || !isPass(block.get(0))) {
                Statement first = block.get(0);
                Statement last = block.get(block.size() - 1);
                plan.offer(Edit.fixed(tokens.offset(first.firstWithDecorators()), tokens.end(lastCode(last.lastDeep())),
                        "husk", "pass", first.line()));
            }
            return;
        }
        for (List<Statement> unit : units) {
            Statement head = unit.get(0);
            if (isVoid(unit) && (!isPass(head) || touched(head)) && (mayEmpty || !allVoid)) {
                for (Statement clause : unit) {
                    plan.offer(StatementRemoval.of(module, clause, parent, "husk"));
                }
                continue;
            }
            for (Statement clause : unit) {
                if (!clause.children().isEmpty()) {
                    sweep(clause.children(), clause, false);
                }
            }
        }
    }

    /** Statements grouped with the clauses that continue them ({@code if} with its {@code elif}s and {@code else}). */
    private static List<List<Statement>> units(List<Statement> block) {
        List<List<Statement>> units = new ArrayList<>();
        for (Statement s : block) {
            boolean continues = switch (s.kind()) {
                case ELIF, ELSE, EXCEPT, FINALLY -> true;
                default -> false;
            };
            if (continues && !units.isEmpty()) {
                units.get(units.size() - 1).add(s);
            } else {
                units.add(new ArrayList<>(List.of(s)));
            }
        }
        return units;
    }

    /** A unit that does nothing once swept: a pass, a touched self-assignment, a touched pure if-chain of empty bodies. */
    private boolean isVoid(List<Statement> unit) {
        Statement head = unit.get(0);
        if (unit.size() == 1 && isPass(head)) {
            return true;
        }
        if (unit.size() == 1 && head.kind() == StatementKind.ASSIGNMENT) {
            return touched(head) && assignsItself(head);
        }
        if (head.kind() != StatementKind.IF || !touched(head)) {
            return false;
        }
        for (Statement clause : unit) {
            if (SideEffects.inCondition(tokens, clause)) {
                return false;
            }
            if (!units(clause.children()).stream().allMatch(this::isVoid)) {
                return false;
            }
        }
        return true;
    }

    private boolean isPass(Statement s) {
        return s.kind() == StatementKind.PASS;
    }

    /** True when an edit wrote into the statement (or, for a compound one, anywhere in its body). */
    private boolean touched(Statement s) {
        int start = tokens.offset(s.firstWithDecorators());
        int end = tokens.end(Math.min(s.lastDeep(), tokens.size() - 1));
        for (int[] range : changed) {
            // Strict: an edit that ends where the statement starts (the next line) did not touch it.
            boolean inside = range[0] == range[1] ? start < range[0] && range[0] < end : range[0] < end && range[1] > start;
            if (inside) {
                return true;
            }
        }
        return false;
    }

    /** {@code target = target}, one plain or dotted target, the same tokens on both sides. */
    private boolean assignsItself(Statement s) {
        List<Token> code = code(s.first(), s.last());
        int equals = -1;
        for (int i = 0; i < code.size(); i++) {
            Token t = code.get(i);
            if (t.isOp("=")) {
                if (equals >= 0) {
                    return false;
                }
                equals = i;
            } else if (t.kind() != TokenKind.NAME && !t.isOp(".")) {
                return false;
            }
        }
        if (equals <= 0 || 2 * equals + 1 != code.size()) {
            return false;
        }
        for (int i = 0; i < equals; i++) {
            if (!code.get(i).text().equals(code.get(equals + 1 + i).text())) {
                return false;
            }
        }
        return true;
    }

    private List<Token> code(int from, int to) {
        List<Token> code = new ArrayList<>();
        for (int i = from; i <= to && i < tokens.size(); i++) {
            if (tokens.kind(i).isCode()) {
                code.add(tokens.get(i));
            }
        }
        return code;
    }

    private int lastCode(int from) {
        int i = Math.min(from, tokens.size() - 1);
        while (i > 0 && !tokens.kind(i).isCode()) {
            i--;
        }
        return i;
    }
}
