package dev.greenshift.verify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Compiles many sources with one python3 process (starting CPython per file would cost more than
 * all of greenshift's own work). Each source is written to a temp file as bytes, so coding cookies
 * and BOMs are read by CPython exactly as they would be on disk.
 */
public final class PythonCompiler {
    private static final String SCRIPT = String.join("\n",
            "import sys",
            "paths = [p for p in sys.stdin.read().split('\\n') if p]",
            "pairs = bool(paths) and paths[0] == '--pairs'",
            "if pairs: paths = paths[1:]",
            "ok = []",
            "for i, path in enumerate(paths):",
            "    if pairs and i % 2 == 1 and ok[i - 1]:",
            "        ok.append(True); print('skipped'); continue",
            "    try:",
            "        with open(path, 'rb') as f: src = f.read()",
            "        compile(src, path, 'exec', dont_inherit=True)",
            "        ok.append(True); print('ok')",
            "    except SyntaxError as e:",
            "        ok.append(False); print('error %s:%s: %s' % (e.lineno, e.offset, e.msg))",
            "    except Exception as e:",
            "        ok.append(False); print('error 0:0: %s' % (e,))",
            "");

    private final String python;

    private PythonCompiler(String python) {
        this.python = python;
    }

    /** The python3 on PATH, or null when there is none (verification is then skipped). */
    public static PythonCompiler find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "python3");
            if (Files.isExecutable(candidate)) {
                return new PythonCompiler(candidate.toString());
            }
        }
        return null;
    }

    /**
     * Starts python3 now, so that its start-up (slow behind version-manager shims) overlaps with
     * greenshift's own work; the session then compiles one batch.
     */
    public Session open() throws IOException {
        return new Session(new ProcessBuilder(python, "-c", SCRIPT).redirectErrorStream(true).start());
    }

    /** Compiles one batch in a fresh python3 process. */
    public List<String> compile(List<byte[]> sources) throws IOException {
        try (Session session = open()) {
            return session.compile(sources);
        }
    }

    /** One running python3 that compiles one batch of sources. */
    public static final class Session implements AutoCloseable {
        private final Process process;

        private Session(Process process) {
            this.process = process;
        }

        /** For each source, null when it compiles, else "line:col: message". */
        public List<String> compile(List<byte[]> sources) throws IOException {
            return run(sources, false);
        }

        /**
         * Sources come in pairs (primary, fallback): the fallback is compiled only when the primary
         * fails; a skipped one reads as null, like a success.
         */
        public List<String> compileUntilFirstOk(List<byte[]> pairs) throws IOException {
            return run(pairs, true);
        }

        private List<String> run(List<byte[]> sources, boolean pairs) throws IOException {
            List<String> results = new ArrayList<>();
            if (sources.isEmpty()) {
                return results;
            }
            Path dir = Files.createTempDirectory("greenshift-verify");
            try {
                StringBuilder paths = new StringBuilder(pairs ? "--pairs\n" : "");
                for (int i = 0; i < sources.size(); i++) {
                    Path p = dir.resolve(i + ".py");
                    Files.write(p, sources.get(i));
                    paths.append(p).append('\n');
                }
                process.getOutputStream().write(paths.toString().getBytes(StandardCharsets.UTF_8));
                process.getOutputStream().close();
                try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = out.readLine()) != null) {
                        results.add(line.equals("ok") || line.equals("skipped") ? null : line.replaceFirst("^error ", ""));
                    }
                }
                process.waitFor(5, TimeUnit.MINUTES);
                if (results.size() != sources.size()) {
                    throw new IOException("python3 answered " + results.size() + " of " + sources.size() + " files");
                }
                return results;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while compiling with python3", e);
            } finally {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }

        @Override
        public void close() {
            process.destroy();
        }
    }
}
