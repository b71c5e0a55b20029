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
     * level); {@code arguments} is the text between its parentheses with whitespace removed.
     */
    public record Call(String callee, String scope, Guard guard, boolean underMain, int line, int column, String snippet,
                       String arguments) {
    }
}
