package dev.greenshift.style;

import dev.greenshift.lex.TokenStream;
import dev.greenshift.syntax.Module;
import dev.greenshift.syntax.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The groups of a file's first block of top-level imports (separated by blank lines), as their
 * text with layout squeezed out, and the order its groups follow.
 */
public record ImportGroups(List<List<String>> groups) {

    public ImportGroups {
        groups = groups.stream().map(List::copyOf).toList();
    }

    public static ImportGroups of(Module module) {
        TokenStream tokens = module.tokens();
        List<List<String>> groups = new ArrayList<>();
        int previousLast = -2;
        boolean started = false;
        for (Statement s : module.body().statements()) {
            if (!s.kind().isImport()) {
                if (started) {
                    break;
                }
                continue;
            }
            started = true;
            if (s.line() > previousLast + 1 || groups.isEmpty()) {
                groups.add(new ArrayList<>());
            }
            previousLast = tokens.line(s.last());
            groups.get(groups.size() - 1).add(tokens.textOf(s.first(), s.last()).replaceAll("[\\s()\\\\]+", " ").strip());
        }
        return new ImportGroups(groups);
    }

    /**
     * The order every group of the file already follows, preferring {@code configured}; null when
     * the file sorts its imports no known way (new imports then go at the end of their group).
     */
    public ImportOrder order(ImportOrder configured) {
        if (configured != null) {
            return configured;
        }
        for (ImportOrder candidate : List.of(ImportOrder.ALPHABETICAL, ImportOrder.ISORT, ImportOrder.ISORT_BY_MODULE)) {
            if (groups.stream().allMatch(candidate::sorted)) {
                return candidate;
            }
        }
        return null;
    }
}
