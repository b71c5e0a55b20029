package dev.greenshift.rewrite;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Dependency declarations of a library: requirements files, setup.cfg and tox.ini continuation
 * lines, pyproject.toml array entries. Line-based on purpose: these formats are edited by hand,
 * and a line-level removal keeps every other byte of them.
 */
public final class Requirements {
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
        Pattern line = linePattern(library, fileName.toLowerCase(Locale.ROOT));
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end + 1;
            String current = text.substring(start, end);
            if (!line.matcher(current.stripTrailing()).matches()) {
                out.append(current);
            }
            start = end;
        }
        return out.toString();
    }

    private static Pattern linePattern(String library, String fileName) {
        String name = Pattern.quote(library);
        // A requirement: the name, then nothing, a version/extras/marker, or a comment; never a longer name.
        String rest = "(?:\\s*(?:\\[[^\\]]*\\])?\\s*(?:[<>=!~;@#].*)?)?";
        if (fileName.endsWith(".toml")) {
            return Pattern.compile("(?i)\\s*[\"']" + name + rest.replace(".*", "[^\"']*") + "[\"']\\s*,?\\s*(?:#.*)?");
        }
        if (fileName.endsWith(".cfg") || fileName.endsWith(".ini")) {
            return Pattern.compile("(?i)\\s+" + name + rest);
        }
        return Pattern.compile("(?i)\\s*" + name + rest);
    }
}
