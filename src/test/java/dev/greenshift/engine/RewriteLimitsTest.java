package dev.greenshift.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.greenshift.source.ReadResult;
import dev.greenshift.source.SourceReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RewriteLimitsTest {

    @Test
    void aModuleOfOrdinaryLinesIsWithinTheLimits() {
        assertNull(RewriteLimits.exceeded("import eventlet\r\n\r\neventlet.sleep(1)\n"));
    }

    @Test
    void aLineOfTooManySemicolonSeparatedCallsIsRefusedAtItsLine() {
        String text = "import eventlet\n\n" + "eventlet.sleep(0); ".repeat(6000) + "\nprint('done')\n";
        String reason = RewriteLimits.exceeded(text);
        assertTrue(reason.startsWith("3:1: a line of 114000 characters: greenshift rewrites lines of up to 100000 characters"), reason);
    }

    @Test
    void aGeneratedModuleOverTwoMegabytesIsRefusedWithTheLimitAndTheWayOut() {
        String text = "import eventlet\n" + "def f(x):\n    eventlet.sleep(0)\n    return x\n\n".repeat(50_000);
        assertEquals("1:1: " + text.length() + " characters: greenshift rewrites modules of up to 2097152 characters (2 MB);"
                + " split the module, or --exclude it and migrate it by hand", RewriteLimits.exceeded(text));
    }

    @Test
    void theEngineReportsTheLimitAsTheFilesErrorAndChangesNothing() {
        String text = "import eventlet\n" + "eventlet.sleep(0); ".repeat(6000) + "\n";
        ReadResult read = SourceReader.decode(Path.of("gen.py"), "gen.py", text.getBytes(StandardCharsets.UTF_8));
        FileResult result = new Engine(Rewritten.pack()).processAlone(((ReadResult.Read) read).file());
        assertEquals(text, result.output());
        assertTrue(result.error().startsWith("2:1: a line of 114000 characters"), result.error());
        assertTrue(result.editsByRecipe().isEmpty());
    }
}
