package dev.greenshift.verify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Compiles many sources with one python3 process (starting CPython per file would cost more than
 * all of greenshift's own work). Sources go to python3's standard input as bytes, so coding
 * cookies and BOMs are read exactly as they would be on disk, and no temp file is written (a full
 * or shared temp directory cannot break it, a kill cannot leave copies behind). {@code compile()}
 * only compiles: the code is never run.
 *
 * <p>python3 may print anything: warnings (SyntaxWarning for {@code x is 1} or {@code "\d"}), noise
 * from site customisation, or nothing at all when it is broken. Warnings are switched off, stderr
 * is discarded, and only answer lines carrying this session's random tag are read; a python3 that
 * does not answer every source makes the session {@link Unavailable}, never a wrong verdict.
 */
public final class PythonCompiler {
    private static final String SCRIPT = String.join("\n",
            "import sys, warnings",
            "warnings.simplefilter('ignore')",
            "tag = sys.argv[1]",
            "inp = sys.stdin.buffer",
            "pairs = inp.readline().strip() == b'pairs'",
            "count = int(inp.readline())",
            "answers = []",
            "last_ok = False",
            "for i in range(count):",
            "    src = inp.read(int(inp.readline()))",
            "    if pairs and i % 2 == 1 and last_ok:",
            "        answers.append('%s %d skipped' % (tag, i)); continue",
            "    try:",
            "        compile(src, '<greenshift>', 'exec', dont_inherit=True)",
            "        answer = 'ok'",
            "    except SyntaxError as e:",
            "        answer = 'error %s:%s: %s' % (e.lineno, e.offset, e.msg)",
            "    except Exception as e:",
            "        answer = 'error 0:0: %s: %s' % (type(e).__name__, e)",
            "    last_ok = answer == 'ok'",
            "    answers.append('%s %d %s' % (tag, i, answer.replace('\\n', ' ').replace('\\r', ' ')))",
            "sys.stdout.write('\\n'.join(answers) + '\\n')",
            "");
    /** Past this, a python3 that has not answered is taken to hang (a version-manager shim waiting on input, say). */
    private static final long BASE_TIMEOUT_SECONDS = 120;

    private final String python;

    private PythonCompiler(String python) {
        this.python = python;
    }

    /** python3 could not compile the batch (missing, broken, killed, or its answers made no sense). */
    public static final class Unavailable extends IOException {
        Unavailable(String message) {
            super(message);
        }
    }

    /** The python3 on PATH, or null when there is none (verification is then skipped). */
    public static PythonCompiler find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, "python3");
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return new PythonCompiler(candidate.toString());
            }
        }
        return null;
    }

    /** A compiler running this executable (tests use it to try broken ones). */
    public static PythonCompiler at(Path executable) {
        return new PythonCompiler(executable.toString());
    }

    /**
     * Starts python3 now, so that its start-up (slow behind version-manager shims) overlaps with
     * greenshift's own work; the session then compiles one batch.
     */
    public Session open() throws Unavailable {
        return open(1);
    }

    /**
     * As {@link #open()}, with {@code processes} python3 processes that share the batch: compiling
     * is python3's own single-threaded work, and on a large tree it was the longest stretch with
     * every other core idle.
     */
    public Session open(int processes) throws Unavailable {
        String tag = "greenshift-" + UUID.randomUUID();
        List<Process> started = new ArrayList<>();
        try {
            for (int i = 0; i < Math.max(1, processes); i++) {
                started.add(new ProcessBuilder(python, "-I", "-W", "ignore", "-c", SCRIPT, tag)
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start());
            }
            return new Session(started, tag);
        } catch (IOException e) {
            started.forEach(Process::destroy);
            throw new Unavailable(python + " cannot be started (" + e.getMessage() + ")");
        }
    }

    /** Compiles one batch in a fresh python3 process. */
    public List<String> compile(List<byte[]> sources) throws IOException {
        try (Session session = open()) {
            return session.compile(sources);
        }
    }

    /** The running python3 processes that compile one batch of sources between them. */
    public static final class Session implements AutoCloseable {
        private final List<Process> processes;
        private final String tag;

        private Session(List<Process> processes, String tag) {
            this.processes = List.copyOf(processes);
            this.tag = tag;
        }

        /** For each source, null when it compiles, else "line:col: message". */
        public List<String> compile(List<byte[]> sources) throws Unavailable {
            return run(sources, false);
        }

        /**
         * Sources come in pairs (primary, fallback): the fallback is compiled only when the primary
         * fails; a skipped one reads as null, like a success.
         */
        public List<String> compileUntilFirstOk(List<byte[]> pairs) throws Unavailable {
            return run(pairs, true);
        }

        private List<String> run(List<byte[]> sources, boolean pairs) throws Unavailable {
            if (sources.isEmpty()) {
                return new ArrayList<>();
            }
            List<List<Integer>> shares = Shares.of(sources.stream().map(s -> s.length).toList(), pairs ? 2 : 1, processes.size());
            String[] answers = new String[sources.size()];
            int count = 0;
            Integer exit = null;
            for (int p = 0; p < shares.size(); p++) {
                List<Integer> share = shares.get(p);
                if (share.isEmpty()) {
                    continue;
                }
                Process process = processes.get(p);
                List<byte[]> fed = share.stream().map(sources::get).toList();
                // Fed from another thread: python3's answers and our input must never wait on each other.
                Thread feeder = new Thread(() -> feed(process, fed, pairs), "greenshift-python3-input");
                feeder.setDaemon(true);
                feeder.start();
            }
            for (int p = 0; p < shares.size(); p++) {
                List<Integer> share = shares.get(p);
                if (share.isEmpty()) {
                    continue;
                }
                int answered = read(processes.get(p), share, sources, answers);
                count += answered;
                if (answered != share.size() && exit == null) {
                    exit = exitCode(processes.get(p));
                }
            }
            if (count != sources.size()) {
                throw new Unavailable("python3 answered " + count + " of " + sources.size() + " files"
                        + (exit == null ? "" : " and exited with status " + exit));
            }
            return new ArrayList<>(Arrays.asList(answers));
        }

        /** Reads one process's answers for its share into {@code answers}; how many it gave. */
        private int read(Process process, List<Integer> share, List<byte[]> sources, String[] answers) throws Unavailable {
            long bytes = share.stream().mapToLong(i -> sources.get(i).length).sum();
            Thread watchdog = watchdog(process, BASE_TIMEOUT_SECONDS + bytes / (256 * 1024));
            boolean[] answered = new boolean[share.size()];
            int count = 0;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                String prefix = tag + " ";
                while ((line = out.readLine()) != null) {
                    if (!line.startsWith(prefix)) {
                        continue; // start-up noise from site customisation, never an answer
                    }
                    String[] parts = line.substring(prefix.length()).split(" ", 2);
                    int i = parseIndex(parts[0]);
                    if (i < 0 || i >= share.size() || answered[i] || parts.length < 2) {
                        throw new Unavailable("python3 gave an answer greenshift cannot read: " + line);
                    }
                    answered[i] = true;
                    count++;
                    answers[share.get(i)] = parts[1].equals("ok") || parts[1].equals("skipped") ? null : parts[1].replaceFirst("^error ", "");
                }
            } catch (IOException e) {
                throw new Unavailable("python3 could not be read (" + e.getMessage() + ")");
            } finally {
                watchdog.interrupt();
            }
            return count;
        }

        private static void feed(Process process, List<byte[]> sources, boolean pairs) {
            try (OutputStream in = new java.io.BufferedOutputStream(process.getOutputStream(), 1 << 16)) {
                in.write(((pairs ? "pairs" : "all") + "\n" + sources.size() + "\n").getBytes(StandardCharsets.US_ASCII));
                for (byte[] source : sources) {
                    in.write((source.length + "\n").getBytes(StandardCharsets.US_ASCII));
                    in.write(source);
                }
            } catch (IOException e) {
                // python3 stopped reading (it exited): the missing answers say so.
            }
        }

        private static Thread watchdog(Process process, long seconds) {
            Thread t = new Thread(() -> {
                try {
                    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    // Answers are in: nothing to watch any more.
                }
            }, "greenshift-python3-watchdog");
            t.setDaemon(true);
            t.start();
            return t;
        }

        private static Integer exitCode(Process process) {
            try {
                return process.waitFor(5, TimeUnit.SECONDS) ? process.exitValue() : null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }

        private static int parseIndex(String s) {
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        @Override
        public void close() {
            processes.forEach(Process::destroy);
        }
    }
}
