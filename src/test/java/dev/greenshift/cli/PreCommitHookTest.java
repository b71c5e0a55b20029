package dev.greenshift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped .pre-commit-hooks.yaml: a valid manifest whose hook fails exactly when recipes would change a file. */
class PreCommitHookTest {
    private static final Path MANIFEST = Path.of(".pre-commit-hooks.yaml");

    @Test
    void theCheckHookFailsOnAFileTheRecipesWouldChangeAndPassesOtherwise(@TempDir Path dir) throws IOException {
        Path green = dir.resolve("green.py");
        Path plain = dir.resolve("plain.py");
        Files.writeString(green, "import eventlet\n\neventlet.sleep(1)\n");
        Files.writeString(plain, "import time\n\ntime.sleep(1)\n");
        List<String> entry = entry("greenshift");
        assertEquals("greenshift", entry.get(0), "the launcher script at the repository root runs the hook");
        assertTrue(Files.isExecutable(Path.of(entry.get(0))), "the launcher must be executable for language: script");

        CliRun fails = CliRun.of(withFiles(entry, green, plain));
        assertEquals(1, fails.exit(), fails.err());
        assertTrue(fails.out().contains("+time.sleep(1)"), "the failing hook shows what would change:\n" + fails.out());
        CliRun passes = CliRun.of(withFiles(entry, plain));
        assertEquals(0, passes.exit(), passes.err());
        assertEquals("", passes.out());
    }

    @Test
    void preCommitAcceptsTheManifest() throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("pre-commit", "validate-manifest", MANIFEST.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "pre-commit is not installed");
            return;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
    }

    /** The hook's entry as an argument list (pre-commit splits it like a shell, without expansion). */
    private static List<String> entry(String id) throws IOException {
        List<String> lines = Files.readAllLines(MANIFEST);
        boolean inHook = false;
        for (String line : lines) {
            if (line.startsWith("- id: ")) {
                inHook = line.substring(6).strip().equals(id);
            } else if (inHook && line.strip().startsWith("entry: ")) {
                return Arrays.asList(line.strip().substring(7).strip().split(" +"));
            }
        }
        throw new AssertionError("no entry for hook " + id);
    }

    private static String[] withFiles(List<String> entry, Path... files) {
        List<String> args = new ArrayList<>(entry.subList(1, entry.size()));
        for (Path f : files) {
            args.add(f.toString());
        }
        return args.toArray(String[]::new);
    }
}
