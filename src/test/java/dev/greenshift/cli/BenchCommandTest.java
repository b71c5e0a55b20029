package dev.greenshift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks that bench runs and reports; it asserts no speed (speed targets live in bench/compare.sh). */
class BenchCommandTest {

    @TempDir
    Path dir;

    private String runAndCapture(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.run(args));
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void benchOverASmallTreePrintsBothModesAndTheHeap() throws Exception {
        Files.writeString(dir.resolve("server.py"), "import eventlet\n\ndef serve():\n    eventlet.spawn(handle)\n");
        Files.createDirectories(dir.resolve("pkg"));
        Files.writeString(dir.resolve("pkg/util.py"), "class Pool:\n    def __init__(self, n):\n        self.n = n\n");

        String out = runAndCapture("bench", dir.toString(), "--warmup", "0", "--runs", "2");

        assertTrue(out.startsWith("bench: 2 files,"), out);
        assertTrue(out.contains("single-threaded"), out);
        assertTrue(out.contains("parallel"), out);
        assertTrue(out.contains("heap: peak used"), out);
    }

    @Test
    void zeroRunsIsAUsageError() {
        assertEquals(2, Main.run("bench", dir.toString(), "--runs", "0"));
    }
}
