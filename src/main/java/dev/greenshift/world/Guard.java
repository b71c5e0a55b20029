package dev.greenshift.world;

/**
 * The condition a monkey patch site runs under. {@code name} names the switch (the environment
 * variable, option, flag or parameter) when there is one; {@code condition} is the code that decides,
 * condensed to one line (null when nothing decides).
 */
public record Guard(Kind kind, String name, String condition) {

    public enum Kind {
        /** Runs whenever its module is imported (or its function is called, for a wrapper's body). */
        UNCONDITIONAL,
        /** Runs only when the module runs as a program: under {@code if __name__ == '__main__'}, or in a function only that calls. */
        MAIN_ONLY,
        ENVIRONMENT,
        CONFIG_OPTION,
        COMMAND_LINE,
        PARAMETER,
        /** Anything else: a fork child, a version check, an except clause, a function nobody in the project calls. */
        OTHER
    }

    public static final Guard UNCONDITIONAL = new Guard(Kind.UNCONDITIONAL, null, null);
    public static final Guard MAIN_ONLY = new Guard(Kind.MAIN_ONLY, null, "if __name__ == '__main__'");

    /** True for switches a user sets: environment variable, configuration option, command-line flag, parameter. */
    public boolean userSwitch() {
        return kind == Kind.ENVIRONMENT || kind == Kind.CONFIG_OPTION || kind == Kind.COMMAND_LINE || kind == Kind.PARAMETER;
    }

    public boolean conditional() {
        return kind != Kind.UNCONDITIONAL && kind != Kind.MAIN_ONLY;
    }

    /** The guard of a call site combined with the guard inside the wrapper it calls: the outer condition decides first. */
    Guard around(Guard inner) {
        if (conditional()) {
            return this;
        }
        if (inner.conditional()) {
            return inner;
        }
        return kind == Kind.MAIN_ONLY ? this : inner;
    }

    /** In words: "unconditional", "environment variable OS_NO_PATCH (if env == '')", ... */
    public String describe() {
        String what = switch (kind) {
            case UNCONDITIONAL -> "unconditional";
            case MAIN_ONLY -> "the main guard (if __name__ == '__main__')";
            case ENVIRONMENT -> "environment variable";
            case CONFIG_OPTION -> "configuration option";
            case COMMAND_LINE -> "command-line flag";
            case PARAMETER -> "parameter";
            case OTHER -> "condition";
        };
        String named = name == null ? what : what + " " + name;
        return condition == null || kind == Kind.MAIN_ONLY ? named : named + " (" + condition + ")";
    }
}
