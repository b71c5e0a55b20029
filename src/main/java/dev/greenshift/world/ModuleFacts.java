package dev.greenshift.world;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the world analysis needs from one module, read once: its imports, the names it re-exports,
 * the calls that may monkey patch (of Eventlet or of the project's own functions), where they stand
 * and under which condition. {@code path} is the display path.
 */
public record ModuleFacts(String path, String module, boolean packageInit, boolean script, boolean test,
                          boolean mainGuard, List<Import> imports, Map<String, String> exports, Set<String> functions,
                          List<Call> calls) {

    public ModuleFacts {
        imports = List.copyOf(imports);
        exports = Map.copyOf(exports);
        functions = Set.copyOf(functions);
        calls = List.copyOf(calls);
    }

    /**
     * An imported name ({@code a.b.c}, absolute). {@code onImport}: runs when the module is imported
     * (module level, outside a main guard and any condition); {@code underMain}: under the main guard.
     */
    public record Import(String qualified, boolean onImport, boolean underMain, int line) {
    }

    /**
     * A call of {@code callee} (absolute) in {@code scope} (the enclosing function, null at module
     * level), written in {@code source}: its line starts at {@code lineStart}, its arguments lie in
     * [{@code argumentsStart}, {@code argumentsEnd}).
     *
     * <p>The call's line and arguments are read from the module's text when asked, not copied: a
     * large project has a hundred thousand calls kept for the world analysis, and only the few that
     * monkey patch are ever shown or read.
     */
    public record Call(String callee, String scope, Guard guard, boolean underMain, int line, int column, String source,
                       int lineStart, int argumentsStart, int argumentsEnd) {

        /** The call's line, stripped, cut to 160 characters. */
        public String snippet() {
            int end = source.indexOf('\n', lineStart);
            String text = source.substring(lineStart, end < 0 ? source.length() : end).strip();
            return text.length() > 160 ? text.substring(0, 157) + "..." : text;
        }

        /** The text between its parentheses, without whitespace. */
        public String arguments() {
            return ModuleScan.withoutWhitespace(source, argumentsStart, argumentsEnd);
        }
    }
}
