package dev.greenshift.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.greenshift.lex.Fixtures;
import dev.greenshift.lex.Python;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our statement tree finds the statements CPython's ast finds, at the same line and column, on
 * our modern fixtures. ast has no node for a decorator or for the else/except/finally/case clauses
 * of a statement (an elif is a nested If), so those of ours are left out before comparing.
 */
class StructureAgreementTest {
    private static final Set<StatementKind> CLAUSES_AST_DOES_NOT_NAME = EnumSet.of(
            StatementKind.DECORATOR, StatementKind.ELSE, StatementKind.EXCEPT, StatementKind.FINALLY, StatementKind.CASE);

    @Test
    void statementPositionsAgreeWithCPythonAst(@TempDir Path tmp) throws Exception {
        Map<String, Path> files = new LinkedHashMap<>();
        for (Path fixture : Fixtures.modern()) {
            Path copy = tmp.resolve(fixture.getFileName().toString());
            Files.copy(fixture, copy);
            files.put(copy.toString(), fixture);
        }
        Map<String, List<String>> cpython = Python.runPerFile(getClass(), "cpython_statements.py", tmp, new ArrayList<>(files.keySet()));
        for (Map.Entry<String, Path> e : files.entrySet()) {
            assertEquals(String.join("\n", cpython.get(e.getKey())), String.join("\n", ours(Fixtures.text(e.getValue()))),
                    e.getValue().getFileName().toString());
        }
    }

    private static List<String> ours(String text) {
        boolean bom = text.startsWith("\uFEFF");
        List<int[]> positions = new ArrayList<>();
        Module.parse(text).walk((s, parent) -> {
            if (!CLAUSES_AST_DOES_NOT_NAME.contains(s.kind())) {
                // ast's columns on line 1 do not count a byte order mark; ours do.
                positions.add(new int[] {s.line(), bom && s.line() == 1 ? s.column() - 1 : s.column()});
            }
        });
        positions.sort(Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
        return positions.stream().map(p -> p[0] + ":" + p[1]).toList();
    }
}
