package dev.greenshift.audit;

import dev.greenshift.recipe.Category;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Eventlet outside Python code, line by line: requirements (kind dependency), configuration and
 * deployment values (kind config), and prose mentions in docs (kind docs). Comment lines of
 * requirements and config files are skipped. Also reads console_scripts entry points.
 */
final class TextScan {
    private static final Set<String> SKIPPED_DIRS = Set.of(".git", ".hg", ".svn", "__pycache__", ".tox", ".nox",
            ".venv", "venv", "node_modules", ".eggs", ".mypy_cache", ".pytest_cache");
    private static final Set<String> CONFIG_EXT = Set.of("cfg", "ini", "conf", "yaml", "yml", "toml", "sh");
    private static final Set<String> DOC_EXT = Set.of("rst", "md", "txt");
    private static final Pattern REQUIREMENT = Pattern.compile(
            "(?:^\\s*|[\"'])eventlet\\s*(?:\\[[^\\]]*\\])?\\s*(?:(?:[<>=!~]=?|===)\\s*[\\w.*]+[^\"'#]*)?\\s*(?:[\"']|;|,|#|$)");
    /** {@code key = eventlet}; a key right after a colon is part of a longer value (a warnings filter's module). */
    private static final Pattern CONFIG_VALUE = Pattern.compile(
            "(?i)(?<![:\\w.-])([\\w.-]+)\\s*[=:]\\s*[\"']?eventlet[\"']?\\s*(?:,|#|;|$)");
    /** An Eventlet option set in a config file: {@code eventlet_debug = true}. */
    private static final Pattern OPTION = Pattern.compile("^\\s*(eventlet_[a-z0-9_]+)\\s*[=:]");
    private static final Pattern WORKER_FLAG = Pattern.compile("(?:--worker-class|-k)[=\\s]+[\"']?eventlet\\b");
    private static final Pattern ENV_VAR = Pattern.compile("\\b(?:" + PythonScan.ENV_VAR.pattern() + ")\\b");
    private static final Pattern DOC_MENTION = Pattern.compile("(?i)\\beventlet\\b");

    record Result(List<Usage> usages, Set<String> consoleScripts) {
    }

    private TextScan() {
    }

    static Result scan(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(root)) {
            Path start = Files.isSymbolicLink(root) ? root.resolve(".") : root;
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    return !dir.equals(start) && (SKIPPED_DIRS.contains(name) || name.endsWith(".egg-info"))
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && attrs.size() <= dev.greenshift.source.SourceReader.MAX_BYTES
                            && kindOfFile(file.getFileName().toString()) != null) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    return FileVisitResult.CONTINUE; // discovery reports it; the other directories are still scanned
                }
            });
        }
        files.sort(null);
        List<Usage> usages = new ArrayList<>();
        Set<String> scripts = new LinkedHashSet<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            String text;
            try {
                text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            } catch (IOException e) {
                continue;
            }
            String rel = start(root).relativize(f).normalize().toString().replace('\\', '/');
            scanFile(rel, name, text, usages, scripts);
        }
        return new Result(usages, scripts);
    }

    private static Path start(Path root) {
        return Files.isSymbolicLink(root) ? root.resolve(".") : root;
    }

    /** What to look for in a file of this name: "requirements", "config", "docs", "setup.py", or null to skip it. */
    static String kindOfFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("setup.py")) {
            return "setup.py";
        }
        if (lower.endsWith(".txt") && (lower.contains("requirements") || lower.contains("constraints"))
                || lower.equals("setup.cfg") || lower.equals("pyproject.toml") || lower.equals("tox.ini") || lower.equals("pipfile")) {
            return "requirements";
        }
        String ext = lower.contains(".") ? lower.substring(lower.lastIndexOf('.') + 1) : "";
        if (CONFIG_EXT.contains(ext)) {
            return "config";
        }
        return DOC_EXT.contains(ext) ? "docs" : null;
    }

    private static void scanFile(String rel, String name, String text, List<Usage> out, Set<String> scripts) {
        String kind = kindOfFile(name);
        if (kind.equals("setup.py") || name.equals("setup.cfg") || name.equals("pyproject.toml")) {
            consoleScripts(text, scripts);
        }
        if (kind.equals("setup.py") || !text.toLowerCase(Locale.ROOT).contains("eventlet")) {
            return;
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (kind.equals("docs")) {
                Matcher m = DOC_MENTION.matcher(line);
                if (m.find()) {
                    out.add(usage(rel, i + 1, m.start(), "eventlet", Category.DOCS, line));
                }
                continue;
            }
            String trimmed = line.stripLeading();
            if (trimmed.startsWith("#") || trimmed.startsWith(";")) {
                continue;
            }
            configOrDependency(rel, kind, i + 1, line, out);
        }
    }

    private static void configOrDependency(String rel, String kind, int lineNo, String line, List<Usage> out) {
        Matcher env = ENV_VAR.matcher(line);
        if (env.find()) {
            out.add(usage(rel, lineNo, env.start(), env.group(), Category.CONFIG, line));
            return;
        }
        Matcher option = OPTION.matcher(line);
        if (option.find()) {
            out.add(usage(rel, lineNo, option.start(1), option.group(1), Category.CONFIG, line));
            return;
        }
        Matcher flag = WORKER_FLAG.matcher(line);
        if (flag.find()) {
            out.add(usage(rel, lineNo, flag.start(), "worker-class=eventlet", Category.CONFIG, line));
            return;
        }
        Matcher value = CONFIG_VALUE.matcher(line);
        if (value.find() && !value.group(1).equalsIgnoreCase("name")) {
            out.add(usage(rel, lineNo, value.start(), value.group(1) + "=eventlet", Category.CONFIG, line));
            return;
        }
        if (kind.equals("requirements")) {
            Matcher req = REQUIREMENT.matcher(line);
            if (req.find()) {
                int col = line.indexOf("eventlet", req.start());
                out.add(usage(rel, lineNo, col, "eventlet", Category.DEPENDENCY, line));
            }
        }
    }

    /** Module names of console_scripts entry points ({@code name = pkg.mod:func}) in setup.cfg, pyproject.toml or setup.py. */
    private static void consoleScripts(String text, Set<String> scripts) {
        dev.greenshift.world.ConsoleScripts.parse(text).forEach(s -> scripts.add(s.module()));
    }

    private static Usage usage(String rel, int line, int column, String symbol, Category kind, String text) {
        String snippet = text.strip();
        snippet = snippet.length() > 160 ? snippet.substring(0, 157) + "..." : snippet;
        return new Usage(rel, line, column + 1, symbol, kind, 1, null, null, snippet, null, null);
    }
}
