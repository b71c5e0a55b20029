package dev.greenshift.world;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the switch behind a condition from its code: an environment variable, a configuration
 * option, a command-line flag, a parameter of the enclosing function, or something else (a fork
 * child, a version check). A condition on a local variable is judged by what the enclosing function
 * reads (nova's {@code should_patch} comes from an environment variable and an option).
 */
final class GuardWords {
    private static final Pattern ENV_NAME = Pattern.compile(
            "(?:environ(?:\\.get)?\\s*[\\[(]|getenv\\s*\\()\\s*['\"]([A-Za-z_][A-Za-z0-9_]*)['\"]");
    private static final Pattern CONFIG = Pattern.compile("\\b(?:CONF|conf|cfg|config|settings|options?)\\.((?:[A-Za-z_]\\w*\\.)*[A-Za-z_]\\w*)");
    private static final Pattern FLAG = Pattern.compile("\\b(?:args|argv|parsed_args|opts|cli_args)\\b(?:\\.([A-Za-z_]\\w*))?");
    private static final Pattern NAME = Pattern.compile("\\b[A-Za-z_]\\w*\\b");
    private static final Set<String> KEYWORDS = Set.of("if", "elif", "while", "not", "and", "or", "is", "in", "None", "True", "False");

    private GuardWords() {
    }

    /**
     * {@code functionSwitch}: the switch the enclosing function reads anywhere ({@link #readIn}), asked
     * only when the condition tests a local variable.
     */
    static Guard classify(String header, java.util.function.Supplier<Guard> functionSwitch, Set<String> parameters) {
        String test = header.replaceFirst("^(if|elif|while)\\s+", "");
        Guard direct = bySwitch(test, test);
        if (direct != null) {
            return direct;
        }
        Matcher names = NAME.matcher(test);
        while (names.find()) {
            String n = names.group();
            if (parameters.contains(n)) {
                return new Guard(Guard.Kind.PARAMETER, n, test);
            }
        }
        if (test.contains("fork") || test.contains("pid")) {
            return new Guard(Guard.Kind.OTHER, "fork child", test);
        }
        if (test.contains("version")) {
            return new Guard(Guard.Kind.OTHER, "version check", test);
        }
        if (usesLocal(test, parameters)) {
            Guard indirect = functionSwitch.get();
            if (indirect != null) {
                return new Guard(indirect.kind(), indirect.name(), test);
            }
        }
        return new Guard(Guard.Kind.OTHER, null, test);
    }

    /** The first switch a function's code reads (environment, command line, configuration), or null. */
    static Guard readIn(String functionText) {
        return bySwitch(functionText, null);
    }

    /** An else branch runs under the opposite condition: the same switch. */
    static Guard negated(Guard g) {
        return new Guard(g.kind(), g.name(), g.condition() == null ? null : "not (" + g.condition() + ")");
    }

    /**
     * Each pattern runs only where the text holds a word it cannot match without: the code is a whole
     * function's (readIn), and searching every function of a large project three times over was a
     * few percent of a run.
     */
    private static Guard bySwitch(String code, String condition) {
        if (code.contains("environ") || code.contains("getenv")) {
            Matcher env = ENV_NAME.matcher(code);
            return new Guard(Guard.Kind.ENVIRONMENT, env.find() ? env.group(1) : null, condition);
        }
        if (code.contains("arg") || code.contains("opts")) {
            Matcher flag = FLAG.matcher(code);
            if (flag.find()) {
                return new Guard(Guard.Kind.COMMAND_LINE, flag.group(1) == null ? flag.group() : flag.group(1), condition);
            }
        }
        if (code.indexOf('.') >= 0 && (code.contains("CONF") || code.contains("conf") || code.contains("cfg") || code.contains("settings")
                || code.contains("option"))) {
            Matcher conf = CONFIG.matcher(code);
            if (conf.find()) {
                return new Guard(Guard.Kind.CONFIG_OPTION, conf.group(1), condition);
            }
        }
        return null;
    }

    private static boolean usesLocal(String test, Set<String> parameters) {
        Matcher names = NAME.matcher(test);
        while (names.find()) {
            if (!KEYWORDS.contains(names.group()) && !parameters.contains(names.group())) {
                return true;
            }
        }
        return false;
    }
}
