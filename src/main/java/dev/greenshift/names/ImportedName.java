package dev.greenshift.names;

import dev.greenshift.syntax.Statement;

/**
 * One name an import statement binds: {@code spawn} in {@code from eventlet import spawn},
 * with the token range [first, last] of its clause ({@code spawn as sp}).
 */
public record ImportedName(Statement statement, String boundName, String qualified, int first, int last) {
}
