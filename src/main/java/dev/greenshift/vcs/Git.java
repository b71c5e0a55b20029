package dev.greenshift.vcs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs git in one repository with an argument array (never a shell, so no path or message is ever
 * interpreted), optional standard input and extra environment, and returns its standard output.
 */
final class Git {
    private final Path dir;
    private final Map<String, String> env;

    Git(Path dir, Map<String, String> env) {
        this.dir = dir;
        this.env = Map.copyOf(env);
    }

    Git withEnv(Map<String, String> more) {
        Map<String, String> all = new java.util.HashMap<>(env);
        all.putAll(more);
        return new Git(dir, all);
    }

    /** The result of a git command that may fail as an answer (a ref that does not exist). */
    record Result(int exit, byte[] out, String err) {
        String text() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    String run(String... args) throws GitBranch.GitException {
        return new String(run(null, args), StandardCharsets.UTF_8);
    }

    byte[] run(byte[] stdin, String... args) throws GitBranch.GitException {
        Result r = attempt(stdin, args);
        if (r.exit() != 0) {
            String why = (r.err().isBlank() ? r.text() : r.err()).strip();
            throw new GitBranch.GitException("git " + args[0] + " failed: " + why);
        }
        return r.out();
    }

    Result attempt(byte[] stdin, String... args) throws GitBranch.GitException {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().putAll(env);
        // Never wait for a pager, an editor or a credential prompt.
        builder.environment().put("GIT_TERMINAL_PROMPT", "0");
        builder.environment().put("GIT_PAGER", "cat");
        // A file name is a path, never a pathspec pattern ("[abc].py", "*.py" are names too).
        builder.environment().put("GIT_LITERAL_PATHSPECS", "1");
        builder.environment().remove("GIT_INDEX_FILE");
        if (env.containsKey("GIT_INDEX_FILE")) {
            builder.environment().put("GIT_INDEX_FILE", env.get("GIT_INDEX_FILE"));
        }
        try {
            Process p = builder.start();
            CompletableFuture<byte[]> out = drain(p.getInputStream());
            CompletableFuture<byte[]> err = drain(p.getErrorStream());
            try (OutputStream in = p.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin);
                }
            }
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new GitBranch.GitException("git " + args[0] + " did not finish in 2 minutes");
            }
            return new Result(p.exitValue(), out.join(), new String(err.join(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new GitBranch.GitException("cannot run git: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitBranch.GitException("interrupted while running git");
        }
    }

    /** Reads a stream on its own thread, so a full pipe never blocks git (nor the shared fork-join pool). */
    private static CompletableFuture<byte[]> drain(InputStream stream) {
        CompletableFuture<byte[]> result = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (InputStream s = stream; ByteArrayOutputStream b = new ByteArrayOutputStream()) {
                s.transferTo(b);
                result.complete(b.toByteArray());
            } catch (IOException e) {
                result.complete(new byte[0]);
            }
        }, "git-output");
        reader.setDaemon(true);
        reader.start();
        return result;
    }
}
