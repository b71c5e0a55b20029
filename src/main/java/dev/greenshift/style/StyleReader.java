package dev.greenshift.style;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a project's style once per run: for each file, walks up from its directory to the
 * repository root (a directory holding {@code .git}) or the file system root; the nearest
 * configuration of each tool wins. flake8's {@code max-line-length} is the gate, so it comes
 * before ruff's and black's {@code line-length}. Thread-safe; one answer per directory.
 */
public final class StyleReader {
    private final Map<Path, Style> byDirectory = new ConcurrentHashMap<>();

    /** The style that applies to a file (or directory). */
    public Style styleOf(Path path) {
        if (path == null) {
            return Style.DEFAULT;
        }
        Path absolute = path.toAbsolutePath().normalize();
        Path dir = Files.isDirectory(absolute) ? absolute : absolute.getParent();
        return dir == null ? Style.DEFAULT : byDirectory.computeIfAbsent(dir, StyleReader::read);
    }

    private static Style read(Path start) {
        Settings settings = new Settings();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            settings.readFlake8(dir, "setup.cfg");
            settings.readFlake8(dir, "tox.ini");
            settings.readFlake8(dir, ".flake8");
            settings.readIsortIni(dir, "setup.cfg", "isort");
            settings.readIsortIni(dir, "tox.ini", "isort");
            settings.readIsortIni(dir, ".isort.cfg", "settings");
            settings.readPyproject(dir);
            if (Files.exists(dir.resolve(".git"))) {
                break;
            }
        }
        return settings.style();
    }

    /** What was found so far; the first (nearest) value of each setting wins. */
    private static final class Settings {
        Integer flake8Length;
        Integer ruffLength;
        Integer blackLength;
        ImportOrder flake8Order;
        boolean flake8Seen;
        ImportOrder isortOrder;
        final List<String> found = new ArrayList<>();

        void readFlake8(Path dir, String name) {
            IniFile ini = ini(dir.resolve(name));
            if (flake8Seen || ini == null || !ini.has("flake8")) {
                return;
            }
            flake8Seen = true;
            String where = dir.resolve(name) + " [flake8]";
            String length = ini.get("flake8", "max-line-length");
            if (length != null && parse(length) != null) {
                flake8Length = parse(length);
                found.add(where + " max-line-length = " + length);
            } else {
                found.add(where + " (no max-line-length: " + Style.DEFAULT_LINE_LENGTH + ")");
                flake8Length = Style.DEFAULT_LINE_LENGTH;
            }
            String style = ini.get("flake8", "import-order-style");
            if (style != null) {
                flake8Order = style.strip().equals("pep8") ? null : ImportOrder.ALPHABETICAL;
                found.add(where + " import-order-style = " + style.strip());
                return;
            }
            // hacking is on when the project names its checks or has its [hacking] section; H306 can be switched off.
            String codes = String.join(",", value(ini, "ignore"), value(ini, "extend-ignore"), value(ini, "select"),
                    value(ini, "extend-select"), value(ini, "enable-extensions")).toUpperCase(Locale.ROOT);
            boolean hacking = ini.has("hacking") || codes.matches("(?s).*\\bH\\d{3}\\b.*");
            boolean h306Off = (value(ini, "ignore") + "," + value(ini, "extend-ignore")).toUpperCase(Locale.ROOT).matches("(?s).*\\bH(3|30|306)?\\b.*");
            if (hacking && !h306Off) {
                flake8Order = ImportOrder.ALPHABETICAL;
                found.add(where + " hacking checks H306 (alphabetical imports)");
            } else if (hacking) {
                found.add(where + " hacking with H306 ignored");
            }
        }

        void readIsortIni(Path dir, String name, String section) {
            IniFile ini = ini(dir.resolve(name));
            if (isortOrder != null || ini == null || !ini.has(section)) {
                return;
            }
            isortOrder = isort(ini.get(section, "profile"), ini.get(section, "force_sort_within_sections"));
            found.add(dir.resolve(name) + " [" + section + "] " + isortOrder.description());
        }

        void readPyproject(Path dir) {
            Path file = dir.resolve("pyproject.toml");
            String text = text(file);
            if (text == null) {
                return;
            }
            TomlTables toml = TomlTables.parse(text);
            if (ruffLength == null && toml.has("tool.ruff")) {
                String length = toml.get("tool.ruff", "line-length");
                ruffLength = length == null ? 88 : parse(length);
                found.add(file + " [tool.ruff] line-length = " + (length == null ? "88 (ruff's default)" : length));
                String select = toml.get("tool.ruff.lint", "select") + toml.get("tool.ruff.lint", "extend-select")
                        + toml.get("tool.ruff", "select") + toml.get("tool.ruff", "extend-select");
                if (isortOrder == null && select.matches("(?s).*[\"']I[\"'].*")) {
                    isortOrder = isort(null, toml.get("tool.ruff.lint.isort", "force-sort-within-sections"));
                    found.add(file + " [tool.ruff] selects I: " + isortOrder.description());
                }
            }
            if (blackLength == null && toml.has("tool.black")) {
                String length = toml.get("tool.black", "line-length");
                blackLength = length == null ? 88 : parse(length);
                found.add(file + " [tool.black] line-length = " + (length == null ? "88 (black's default)" : length));
            }
            if (isortOrder == null && toml.has("tool.isort")) {
                isortOrder = isort(toml.get("tool.isort", "profile"), toml.get("tool.isort", "force-sort-within-sections"));
                found.add(file + " [tool.isort] " + isortOrder.description());
            }
        }

        Style style() {
            Integer length = flake8Length != null ? flake8Length : ruffLength != null ? ruffLength : blackLength;
            ImportOrder order = flake8Order != null ? flake8Order : isortOrder;
            return new Style(length == null ? Style.DEFAULT_LINE_LENGTH : length, order, found);
        }

        private static ImportOrder isort(String profile, String forceSortWithinSections) {
            String p = profile == null ? "" : profile.strip().toLowerCase(Locale.ROOT);
            boolean byModule = p.equals("google") || p.equals("open_stack")
                    || forceSortWithinSections != null && forceSortWithinSections.strip().equalsIgnoreCase("true");
            return byModule ? ImportOrder.ISORT_BY_MODULE : ImportOrder.ISORT;
        }

        private static String value(IniFile ini, String key) {
            String v = ini.get("flake8", key);
            return v == null ? "" : v;
        }

        private static Integer parse(String number) {
            try {
                return Integer.parseInt(number.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private static IniFile ini(Path file) {
            String text = text(file);
            return text == null ? null : IniFile.parse(text);
        }

        private static String text(Path file) {
            if (!Files.isRegularFile(file)) {
                return null;
            }
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException | java.io.UncheckedIOException e) {
                return null;
            }
        }
    }
}
