package dev.greenshift.config;

import java.util.List;

/**
 * A configuration the user must fix. Each problem reads {@code file:line:col: message}, like a compiler
 * error, so editors can jump to it; all problems of a file are reported at once.
 */
public final class ConfigException extends Exception {
    private final List<String> problems;

    public ConfigException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
