package dev.greenshift.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Where git keeps the ignore patterns that live outside the work tree: the user's global excludes
 * file ({@code core.excludesFile}, by default {@code $XDG_CONFIG_HOME/git/ignore} or
 * {@code ~/.config/git/ignore}) and the repository's {@code info/exclude}, which for a linked
 * worktree or a submodule (a {@code .git} file saying {@code gitdir: ...}) is in that git
 * directory's common repository.
 */
final class GitExcludes {
    private GitExcludes() {
    }

    /** The git directory holding info/exclude for the repository whose {@code .git} is given, or null when unreadable. */
    static Path commonDir(Path dotGit) {
        Path gitDir = dotGit;
        if (Files.isRegularFile(dotGit)) {
            String first = firstLine(dotGit);
            if (first == null || !first.startsWith("gitdir:")) {
                return null;
            }
            gitDir = dotGit.getParent().resolve(first.substring("gitdir:".length()).strip()).normalize();
        }
        if (!Files.isDirectory(gitDir)) {
            return null;
        }
        // A linked worktree's git directory names the repository it shares refs and info/ with.
        String common = Files.isRegularFile(gitDir.resolve("commondir")) ? firstLine(gitDir.resolve("commondir")) : null;
        return common == null || common.isBlank() ? gitDir : gitDir.resolve(common.strip()).normalize();
    }

    /** The global excludes file's patterns for a repository at {@code top}, or null when there are none. */
    static IgnoreFile global(Path top) {
        Path file = configured(top);
        if (file == null) {
            file = defaultFile(System.getenv());
        }
        return file == null || file.getParent() == null ? null : IgnoreFile.read(file.getParent(), file.getFileName().toString());
    }

    /** git's default when core.excludesFile is unset: $XDG_CONFIG_HOME/git/ignore, else $HOME/.config/git/ignore. */
    static Path defaultFile(Map<String, String> env) {
        String xdg = env.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isEmpty()) {
            return Path.of(xdg, "git", "ignore");
        }
        String home = env.get("HOME");
        return home == null || home.isEmpty() ? null : Path.of(home, ".config", "git", "ignore");
    }

    /** core.excludesFile as git reads it for the repository (its own config, then the user's), or null when unset or git is missing. */
    private static Path configured(Path top) {
        try {
            Process p = new ProcessBuilder("git", "-C", top.toString(), "config", "--path", "--get", "core.excludesFile")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            if (p.exitValue() != 0 || out.isEmpty()) {
                return null;
            }
            Path file = Path.of(out);
            return file.isAbsolute() ? file : top.resolve(file);
        } catch (IOException | RuntimeException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String firstLine(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int nl = text.indexOf('\n');
            return nl < 0 ? text : text.substring(0, nl);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
