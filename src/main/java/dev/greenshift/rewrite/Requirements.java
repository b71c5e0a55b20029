package dev.greenshift.rewrite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Dependency declarations of a library: requirements files (pip-compile's hashed entries
 * included), the dependency keys of setup.cfg and tox.ini, the dependency arrays of
 * pyproject.toml. Line-based on purpose: these formats are edited by hand, and a line-level
 * removal keeps every other byte of them. Only lines understood completely are removed: a line in
 * a dependency list that is one requirement of the library and nothing else. An entry point
 * named like the library, a tox command, a single-line array or a factor-conditional dependency
 * stay as they are.
 */
public final class Requirements {
    /** setup.cfg keys of {@code [options]} that list requirements, one per continuation line. */
    private static final Set<String> SETUP_CFG_KEYS = Set.of("install_requires", "setup_requires", "tests_require");
    private static final String EXTRAS = "(?:\\s*\\[\\s*[\\w.-]+(?:\\s*,\\s*[\\w.-]+)*\\s*\\])?";
    private static final String SPEC = "(?:===|==|!=|<=|>=|~=|<|>)\\s*[\\w.*+!-]+";
    private static final String SPECS = "(?:\\s*(?:\\(\\s*" + SPEC + "(?:\\s*,\\s*" + SPEC + ")*\\s*\\)|" + SPEC + "(?:\\s*,\\s*" + SPEC
            + ")*|@\\s*[^\\s;#]+))?";
    private static final String MARKER = "(?:\\s*;\\s*[\\w\\s.'\"<>=!~()]+?)?";

    private Requirements() {
    }

    /** True when greenshift knows how to edit dependencies in a file of this name. */
    public static boolean isRequirementsFile(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") && (n.contains("requirements") || n.contains("constraints"))
                || n.equals("setup.cfg") || n.equals("pyproject.toml") || n.equals("tox.ini");
    }

    /** The text without the lines that declare {@code library}; unchanged when none does. */
    public static String without(String library, String fileName, String text) {
        String name = fileName.toLowerCase(Locale.ROOT);
        List<String> lines = lines(text);
        boolean[] drop = name.endsWith(".toml") ? tomlDrops(library, lines)
                : name.endsWith(".cfg") || name.endsWith(".ini") ? iniDrops(library, lines, name.endsWith(".cfg"))
                : requirementsTxtDrops(library, lines);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.size(); i++) {
            if (!drop[i]) {
                out.append(lines.get(i));
            }
        }
        return out.toString();
    }

    private static Pattern requirement(String library, String trailer) {
        return Pattern.compile("(?i)\\s*" + Pattern.quote(library) + EXTRAS + "\\s*" + SPECS + MARKER + trailer + "\\s*(?:#.*)?");
    }

    /**
     * A requirements file: an entry is a requirement line, optionally continued with {@code \} by
     * {@code --hash} options (pip-compile --generate-hashes), and followed by pip-compile's indented
     * {@code # via} notes; all of it goes, or nothing.
     */
    private static boolean[] requirementsTxtDrops(String library, List<String> lines) {
        Pattern first = requirement(library, "(?:\\s+--hash[=:\\s]\\S+)*(?:\\s*\\\\)?");
        Pattern hash = Pattern.compile("\\s*--hash[=:\\s]\\S+(?:\\s+--hash[=:\\s]\\S+)*(?:\\s*\\\\)?\\s*");
        boolean[] drop = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            String line = body(lines.get(i));
            if (!first.matcher(line).matches() || line.startsWith(" ") || line.startsWith("\t")) {
                continue;
            }
            int end = i;
            boolean understood = true;
            while (body(lines.get(end)).stripTrailing().endsWith("\\") && understood) {
                end++;
                understood = end < lines.size() && hash.matcher(body(lines.get(end))).matches();
            }
            if (!understood) {
                i = end;
                continue;
            }
            while (end + 1 < lines.size() && body(lines.get(end + 1)).matches("[ \\t]+#.*")) {
                end++;
            }
            for (int k = i; k <= end; k++) {
                drop[k] = true;
            }
            i = end;
        }
        return drop;
    }

    /**
     * setup.cfg ({@code [options]} install/setup/tests requirements, every key of
     * {@code [options.extras_require]}) and tox.ini ({@code deps} of test environments,
     * {@code requires} of {@code [tox]}): continuation lines of those keys only.
     */
    private static boolean[] iniDrops(String library, List<String> lines, boolean setupCfg) {
        Pattern entry = requirement(library, "");
        boolean[] drop = new boolean[lines.size()];
        String section = "";
        boolean inList = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = body(lines.get(i));
            if (line.isBlank()) {
                continue;
            }
            boolean indented = Character.isWhitespace(line.charAt(0));
            if (!indented) {
                String stripped = line.strip();
                if (stripped.startsWith("#") || stripped.startsWith(";")) {
                    continue;
                }
                if (stripped.startsWith("[")) {
                    section = stripped.replaceAll("^\\[\\s*|\\s*\\].*$", "").toLowerCase(Locale.ROOT);
                    inList = false;
                    continue;
                }
                int eq = stripped.indexOf('=');
                int colon = stripped.indexOf(':');
                int sep = eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon);
                String key = sep < 0 ? "" : stripped.substring(0, sep).strip().toLowerCase(Locale.ROOT);
                inList = sep >= 0 && listsRequirements(section, key, setupCfg);
                continue;
            }
            if (inList && entry.matcher(line).matches()) {
                drop[i] = true;
            }
        }
        return drop;
    }

    private static boolean listsRequirements(String section, String key, boolean setupCfg) {
        if (setupCfg) {
            return section.equals("options") && SETUP_CFG_KEYS.contains(key) || section.equals("options.extras_require");
        }
        return (section.equals("testenv") || section.startsWith("testenv:")) && key.equals("deps")
                || section.equals("tox") && key.equals("requires");
    }

    /**
     * pyproject.toml: one quoted requirement per line inside the multi-line arrays of
     * {@code [project] dependencies}, every key of {@code [project.optional-dependencies]} and
     * {@code [dependency-groups]}, and {@code [build-system] requires}.
     */
    private static boolean[] tomlDrops(String library, List<String> lines) {
        String inner = requirement(library, "").pattern().replace("(?:#.*)?", "").replace("(?i)", "");
        Pattern entry = Pattern.compile("(?i)\\s*(\"" + inner + "\"|'" + inner + "')\\s*,?\\s*(?:#.*)?");
        boolean[] drop = new boolean[lines.size()];
        String table = "";
        boolean inArray = false;
        for (int i = 0; i < lines.size(); i++) {
            String stripped = body(lines.get(i)).strip();
            if (inArray) {
                if (stripped.startsWith("]")) {
                    inArray = false;
                } else if (entry.matcher(stripped).matches()) {
                    drop[i] = true;
                }
                continue;
            }
            if (stripped.startsWith("[")) {
                table = stripped.replaceAll("^\\[+\\s*|\\s*\\]+.*$", "");
                continue;
            }
            int eq = stripped.indexOf('=');
            if (eq > 0 && stripped.substring(eq + 1).strip().equals("[")) {
                String key = stripped.substring(0, eq).strip().replaceAll("^[\"']|[\"']$", "");
                inArray = table.equals("project") && key.equals("dependencies")
                        || table.equals("project.optional-dependencies") || table.equals("dependency-groups")
                        || table.equals("build-system") && key.equals("requires");
            }
        }
        return drop;
    }

    /** The line without its terminator. */
    private static String body(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
            end--;
        }
        return line.substring(0, end);
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end + 1;
            lines.add(text.substring(start, end));
            start = end;
        }
        return lines;
    }
}
