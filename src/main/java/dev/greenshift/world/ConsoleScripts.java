package dev.greenshift.world;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The console_scripts entry points a project declares ({@code name = pkg.mod:func}) in setup.cfg,
 * pyproject.toml ({@code [project.scripts]}, {@code [tool.poetry.scripts]}) or setup.py. Read line by
 * line: good enough for the shapes projects write, without a TOML or INI parser.
 */
public final class ConsoleScripts {
    private static final Pattern SCRIPT = Pattern.compile(
            "^\\s*[\"']?[\\w.-]+[\"']?\\s*=\\s*[\"']?([A-Za-z_][\\w.]*)\\s*:\\s*([A-Za-z_][\\w.]*)");

    /** One entry: the module and the function the script calls. */
    public record Script(String module, String function) {
    }

    private ConsoleScripts() {
    }

    /** True for the files that can declare scripts. */
    public static boolean declaresScripts(String fileName) {
        return fileName.equals("setup.cfg") || fileName.equals("pyproject.toml") || fileName.equals("setup.py");
    }

    public static List<Script> parse(String text) {
        List<Script> scripts = new ArrayList<>();
        boolean inScripts = false;
        for (String line : text.split("\r\n|\r|\n")) {
            String t = line.strip();
            if (t.startsWith("console_scripts") || t.equals("[project.scripts]") || t.equals("[tool.poetry.scripts]")
                    || t.contains("'console_scripts'") || t.contains("\"console_scripts\"")) {
                inScripts = true;
                String after = t.contains("[") && t.indexOf('[') < t.length() - 1 && !t.startsWith("[") ? t.substring(t.indexOf('[') + 1) : "";
                add(after, scripts);
                continue;
            }
            if (!inScripts) {
                continue;
            }
            if (t.startsWith("[") && t.endsWith("]") || !line.startsWith(" ") && !line.startsWith("\t") && !t.isEmpty()
                    && !t.startsWith("\"") && !t.startsWith("'") && t.contains("=") && !SCRIPT.matcher(t).find()) {
                inScripts = t.startsWith("console_scripts");
                continue;
            }
            if (t.startsWith("]") || t.startsWith("}")) {
                inScripts = false;
                continue;
            }
            add(t, scripts);
        }
        return scripts;
    }

    private static void add(String line, List<Script> scripts) {
        Matcher m = SCRIPT.matcher(line);
        if (m.find()) {
            scripts.add(new Script(m.group(1), m.group(2)));
        }
    }
}
