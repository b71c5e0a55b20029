package dev.greenshift.style;

import java.util.ArrayList;
import java.util.List;

/** Comments greenshift writes into code, kept within the line limit like the code around them. */
public final class Notes {
    private Notes() {
    }

    /**
     * The comment lines for {@code text} at {@code indentation}: words fill each line up to the
     * limit; the lines after the first are indented two more spaces, so a reader sees one note. A
     * single word longer than a line stays whole.
     */
    public static List<String> wrap(String text, String indentation, int limit) {
        List<String> lines = new ArrayList<>();
        String first = indentation + "# ";
        String next = indentation + "#   ";
        StringBuilder line = new StringBuilder(first);
        boolean empty = true;
        for (String word : text.strip().split("\\s+")) {
            if (!empty && line.length() + 1 + word.length() > limit) {
                lines.add(line.toString());
                line = new StringBuilder(next);
                empty = true;
            }
            line.append(empty ? "" : " ").append(word);
            empty = false;
        }
        lines.add(line.toString());
        return lines;
    }
}
