package dev.greenshift.shim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who calls a shared module's names, by part, through every import form. */
class CallerIndexTest {
    @TempDir
    Path project;

    @Test
    void callersByPartIncludingScriptsThatAreNoModule() throws Exception {
        write("shop/__init__.py", "");
        write("shop/api.py", "def go():\n    pass\n");
        write("shop/orders/__init__.py", "");
        write("shop/orders/run.py", "from ..api import go as start\n\nstart()\n");
        write("shop/local.py", "def go():\n    pass\n\ngo()\n");
        write("bin/run-shop.py", "import shop.api\n\nshop.api.go()\n");
        Map<String, List<ApiBoundary.Caller>> callers = CallerIndex.of(ProjectLayout.of(project), Set.of("shop.api")).callersOf("shop.api.go");
        assertEquals(Map.of(
                "bin", List.of(new ApiBoundary.Caller("bin/run-shop.py", 3, 1)),
                "shop/orders", List.of(new ApiBoundary.Caller("shop/orders/run.py", 3, 1))), callers);
    }

    private void write(String path, String text) throws Exception {
        Files.createDirectories(project.resolve(path).getParent());
        Files.writeString(project.resolve(path), text);
    }
}
