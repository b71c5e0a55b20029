package dev.greenshift.syntax;

import java.util.List;

/**
 * One statement. {@code first}..{@code last} are the token indices of its code (for a compound
 * statement, of its header up to and including the colon); {@code terminator} is the NEWLINE or
 * ';' token after it (or {@code last} at end of file). {@code indentation} is the whitespace that
 * starts its physical line, so inserted statements can copy it. Decorators belong to the def or
 * class they decorate.
 */
public record Statement(
        StatementKind kind,
        int first,
        int last,
        int terminator,
        String indentation,
        int line,
        int column,
        boolean async,
        Block body,
        List<Statement> decorators) {

    public Statement {
        decorators = List.copyOf(decorators);
    }

    /**
     * A statement is a node of one tree: two nodes are the same statement only if they are the
     * same object. Record equality would compare whole subtrees, which made maps keyed by
     * statements quadratic on large files.
     */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /** Index of the first token of this statement including its decorators. */
    public int firstWithDecorators() {
        return decorators.isEmpty() ? first : decorators.get(0).first();
    }

    /** The body's statements, or none. */
    public List<Statement> children() {
        return body == null ? List.of() : body.statements();
    }

    /** Last token index covered by the statement and everything nested in it. */
    public int lastDeep() {
        List<Statement> kids = children();
        return kids.isEmpty() ? Math.max(last, terminator) : kids.get(kids.size() - 1).lastDeep();
    }
}
