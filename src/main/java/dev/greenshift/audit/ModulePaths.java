package dev.greenshift.audit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Dotted module names from file paths: a file inside package directories (each with an
 * {@code __init__.py}) is named from its topmost package; any other file by its path relative to
 * the audit root. Works on the discovered paths alone, without touching the disk again.
 */
final class ModulePaths {
    private final Set<String> packageDirs = new HashSet<>();

    /** {@code relativePaths}: every discovered .py file, relative to the root, with '/' separators. */
    ModulePaths(List<String> relativePaths) {
        for (String p : relativePaths) {
            if (p.equals("__init__.py") || p.endsWith("/__init__.py")) {
                packageDirs.add(parent(p));
            }
        }
    }

    String moduleOf(String relativePath) {
        String withoutExt = relativePath.substring(0, relativePath.length() - 3);
        String dir = parent(relativePath);
        String top = dir;
        while (!top.isEmpty() && packageDirs.contains(top)) {
            String up = parent(top);
            if (!packageDirs.contains(up) || up.isEmpty()) {
                break;
            }
            top = up;
        }
        String base = packageDirs.contains(dir) ? parent(top) : "";
        String rel = base.isEmpty() ? withoutExt : withoutExt.substring(base.length() + 1);
        if (rel.endsWith("/__init__")) {
            rel = rel.substring(0, rel.length() - "/__init__".length());
        }
        return rel.replace('/', '.');
    }

    static boolean isPackageInit(String relativePath) {
        return relativePath.equals("__init__.py") || relativePath.endsWith("/__init__.py");
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
