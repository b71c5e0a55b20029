package dev.greenshift.syntax;

import java.util.List;

/** The statements of a suite: an indented block, or the one-line suite after a colon. */
public record Block(List<Statement> statements, boolean inline) {
    public static final Block EMPTY = new Block(List.of(), false);

    public Block {
        statements = List.copyOf(statements);
    }
}
