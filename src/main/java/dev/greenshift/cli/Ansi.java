package dev.greenshift.cli;

/** Colour for terminals, following NO_COLOR and --color auto|always|never as black and ruff do. */
final class Ansi {
    enum Mode { AUTO, ALWAYS, NEVER }

    private final boolean on;

    Ansi(Mode mode) {
        this.on = switch (mode) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> System.console() != null && System.getenv("NO_COLOR") == null
                    && !"dumb".equals(System.getenv("TERM"));
        };
    }

    /** A question to the user, in bold blue as git's prompts. */
    String prompt(String text) {
        return on ? "\u001b[1;34m" + text + "\u001b[0m" : text;
    }

    /** Colours a unified diff line by line; without colour, returns it unchanged. */
    String diff(String diff) {
        if (!on || diff.isEmpty()) {
            return diff;
        }
        StringBuilder out = new StringBuilder();
        for (String line : diff.split("(?<=\n)")) {
            String code = line.startsWith("+++") || line.startsWith("---") ? "1"
                    : line.startsWith("@@") ? "36" : line.startsWith("+") ? "32" : line.startsWith("-") ? "31" : null;
            if (code == null) {
                out.append(line);
            } else {
                String body = line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
                out.append("\u001b[").append(code).append('m').append(body).append("\u001b[0m").append(line.endsWith("\n") ? "\n" : "");
            }
        }
        return out.toString();
    }
}
