package dev.greenshift.style;

import java.util.Comparator;
import java.util.Locale;

/**
 * How a project sorts the imports inside one group (groups themselves are always standard
 * library, third party, project, separated by a blank line).
 */
public enum ImportOrder {
    /** hacking's H306: alphabetical, case-insensitive, {@code from a import b} sorting as {@code a.b}. */
    ALPHABETICAL("hacking H306: alphabetical by module, 'from a import b' sorts as 'a.b'"),
    /** isort's default and black profile: every {@code import x} before every {@code from x import y}. */
    ISORT("isort: plain imports before from-imports, each alphabetical"),
    /** isort with force_sort_within_sections (google, open_stack profiles): by module, either form. */
    ISORT_BY_MODULE("isort force_sort_within_sections: alphabetical by module, either form");

    private final String description;

    ImportOrder(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The order of two import lines ({@code import a.b [as c]}, {@code from a import b [as c]}). */
    public Comparator<String> comparator() {
        return Comparator.comparing(this::key);
    }

    /** True when the lines of one group already follow this order. */
    public boolean sorted(java.util.List<String> lines) {
        for (int i = 1; i < lines.size(); i++) {
            if (key(lines.get(i - 1)).compareTo(key(lines.get(i))) > 0) {
                return false;
            }
        }
        return true;
    }

    String key(String line) {
        String[] words = line.trim().split("\\s+");
        boolean from = words.length > 3 && words[0].equals("from");
        String module = words.length > 1 ? words[1].toLowerCase(Locale.ROOT) : "";
        return switch (this) {
            case ALPHABETICAL -> from && words.length >= 4 && !words[3].equals("*") && !line.contains(",")
                    ? module + "." + words[3].toLowerCase(Locale.ROOT) : module;
            case ISORT -> (from ? "1 " : "0 ") + module;
            case ISORT_BY_MODULE -> module + (from ? " 1" : " 0");
        };
    }
}
