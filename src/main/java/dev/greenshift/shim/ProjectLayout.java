package dev.greenshift.shim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a project's Python packages live: directly under its root, or under {@code src/}; and how
 * a file there is named as a module ({@code src/shop/concurrency.py} is {@code shop.concurrency}).
 */
public record ProjectLayout(Path root, Path sources) {

    private static final java.util.regex.Pattern IDENTIFIER = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public static ProjectLayout of(Path root) {
        Path normalized = root.toAbsolutePath().normalize();
        Path src = normalized.resolve("src");
        boolean srcLayout = Files.isDirectory(src) && !Files.exists(src.resolve("__init__.py")) && !packagesIn(src).isEmpty()
                && packagesIn(normalized).isEmpty();
        return new ProjectLayout(normalized, srcLayout ? src : normalized);
    }

    /** The one top-level package, or an error naming the candidates. */
    public String topPackage() throws ShimException {
        List<String> packages = packagesIn(sources);
        if (packages.size() == 1) {
            return packages.get(0);
        }
        if (packages.isEmpty()) {
            throw new ShimException("no Python package (a directory with __init__.py) under " + sources
                    + ": name the module with --module");
        }
        throw new ShimException("several top-level packages under " + sources + " (" + String.join(", ", packages)
                + "): name the module with --module");
    }

    /** The file of a dotted module name, under the sources directory. */
    public Path fileOf(String module) {
        return sources.resolve(module.replace('.', '/') + ".py");
    }

    /** The dotted name of a .py file inside the sources directory. */
    public String moduleOf(Path file) throws ShimException {
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(sources) || !absolute.getFileName().toString().endsWith(".py")) {
            throw new ShimException(file + " is not a .py file inside " + sources);
        }
        String relative = sources.relativize(absolute).toString().replace(java.io.File.separatorChar, '/');
        String dotted = relative.substring(0, relative.length() - 3).replace('/', '.');
        for (String part : dotted.split("\\.")) {
            if (!IDENTIFIER.matcher(part).matches()) {
                throw new ShimException(file + " cannot be imported: '" + part + "' is not a Python identifier");
            }
        }
        return dotted;
    }

    /**
     * The part of the project a file belongs to, as a directory relative to the root: the
     * sub-package of a top-level package it sits in ({@code shop/orders}), else the package
     * ({@code shop}), else the directory it is in ({@code .} for the root).
     */
    public String partOf(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path dir = absolute.getParent();
        if (absolute.startsWith(sources)) {
            Path relative = sources.relativize(absolute);
            if (relative.getNameCount() >= 3 && Files.isRegularFile(sources.resolve(relative.subpath(0, 2)).resolve("__init__.py"))) {
                dir = sources.resolve(relative.subpath(0, 2));
            } else if (relative.getNameCount() >= 2) {
                dir = sources.resolve(relative.subpath(0, 1));
            }
        }
        String shown = root.relativize(dir).toString().replace(java.io.File.separatorChar, '/');
        return shown.isEmpty() ? "." : shown;
    }

    /**
     * The file a generated module goes to: {@code module} is a dotted name (under the sources
     * directory) or a path to a .py file relative to the root; refused outside the root, also
     * through a symbolic link. {@code option} names the flag in the message.
     */
    public Path targetFile(String module, String option) throws ShimException {
        if (!module.endsWith(".py") && !module.contains("/") && !module.contains(java.io.File.separator)) {
            if (!isDottedName(module)) {
                throw new ShimException(option + " '" + module + "' is neither a dotted module name nor a path to a .py file");
            }
            return fileOf(module);
        }
        Path file = root.resolve(module).normalize();
        if (!file.startsWith(root) || escapesThroughLinks(file)) {
            throw new ShimException(option + " " + module + " is outside the project " + root);
        }
        return file;
    }

    private boolean escapesThroughLinks(Path file) {
        try {
            Path parent = file.getParent();
            return parent != null && Files.exists(parent) && !parent.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return true;
        }
    }

    public static boolean isDottedName(String text) {
        for (String part : text.split("\\.", -1)) {
            if (!IDENTIFIER.matcher(part).matches()) {
                return false;
            }
        }
        return true;
    }

    private static List<String> packagesIn(Path dir) {
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return names;
        }
        try (Stream<Path> children = Files.list(dir)) {
            children.filter(p -> Files.isRegularFile(p.resolve("__init__.py")))
                    .map(p -> p.getFileName().toString())
                    .filter(n -> IDENTIFIER.matcher(n).matches() && !n.equals("tests") && !n.equals("test"))
                    .sorted()
                    .forEach(names::add);
        } catch (IOException e) {
            return names;
        }
        return names;
    }
}
