package dev.greenshift.recipe;

import java.util.ArrayList;
import java.util.List;

/**
 * A small named function a pack's templates call where a rewrite needs more than an expression
 * (a daemon timer, a callback that logs a pool task's error): {@code <pack>/helpers/NAME.py}. The
 * file's leading import lines are what its code needs; the rest is the code, written once into each
 * module that calls it. In the code, {@code LOG} stands for the module's logger.
 */
public record Helper(String name, String code, List<Requirement> requires) {

    public Helper {
        requires = List.copyOf(requires);
    }

    /** Reads a helper file: imports first ({@code import m}, {@code from m import n}), then the code. */
    public static Helper parse(String name, String text) {
        List<Requirement> requires = new ArrayList<>();
        List<String> lines = text.replace("\r\n", "\n").lines().toList();
        int i = 0;
        for (; i < lines.size(); i++) {
            String[] w = lines.get(i).trim().split("\\s+");
            if (w.length == 2 && w[0].equals("import")) {
                requires.add(new Requirement(w[1], null, null));
            } else if (w.length == 4 && w[0].equals("from") && w[2].equals("import")) {
                requires.add(new Requirement(w[1], w[3], null));
            } else if (!lines.get(i).isBlank()) {
                break;
            }
        }
        String code = String.join("\n", lines.subList(i, lines.size())).strip() + "\n";
        return new Helper(name, code, requires);
    }
}
