package dev.greenshift.lex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Runs python3 from PATH on a script from test resources, for tests that compare with CPython. */
public final class Python {
    private static final long TIMEOUT_SECONDS = 60;

    private Python() {
    }

    /** python3 on PATH, or the calling test is skipped with a message saying so. */
    public static Path require() {
        Optional<Path> python = onPath("python3");
        Assumptions.assumeTrue(python.isPresent(), "python3 is not on PATH: skipping the comparison with CPython");
        return python.get();
    }

    /**
     * Runs {@code script} (a resource next to {@code owner}) over {@code files}; the script prints a
     * "==> path" line before each file's lines. Returns the lines by path.
     */
    public static Map<String, List<String>> runPerFile(Class<?> owner, String script, Path tmp, List<String> files)
            throws IOException, InterruptedException {
        Path python = require();
        Path copy = tmp.resolve(script);
        try (InputStream in = owner.getResourceAsStream(script)) {
            Files.copy(in, copy);
        }
        List<String> command = new ArrayList<>(List.of(python.toString(), copy.toString()));
        command.addAll(files);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        assertEquals(0, process.exitValue(), "python3 " + script + " failed:\n" + output);
        Map<String, List<String>> byFile = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : output.split("\n")) {
            if (line.startsWith("==> ")) {
                current = new ArrayList<>();
                byFile.put(line.substring(4), current);
            } else if (current != null && !line.isEmpty()) {
                current.add(line);
            }
        }
        return byFile;
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
