package dev.greenshift.world;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Python's own naming of modules, the one place that knows it: a file inside package directories
 * (each holding an {@code __init__.py} on disk, or a namespace directory inside one) is named from its
 * topmost package, and a relative
 * import is resolved against the importing module. The engine, the audit and the world analysis
 * all ask here.
 */
public final class ModuleNames {
    /**
     * While a run is open ({@link #remembering}): per directory, whether it holds an {@code __init__.py}.
     * A run names each of its files a dozen times over (index, world analysis, rewrite), and each
     * naming asked the file system about every directory up to the top package.
     */
    private static volatile Map<Path, Boolean> inits;

    private ModuleNames() {
    }

    /** A stretch of work over files that do not change: closing it forgets what it learnt of the directories. */
    public interface Remembering extends AutoCloseable {
        @Override
        void close();
    }

    /** Remembers which directories hold an {@code __init__.py} until the result is closed. */
    public static Remembering remembering() {
        Map<Path, Boolean> before = inits;
        inits = new ConcurrentHashMap<>();
        return () -> inits = before;
    }

    /** True when {@code dir} holds an {@code __init__.py}. */
    public static boolean hasInit(Path dir) {
        Map<Path, Boolean> known = inits;
        return known == null ? Files.exists(dir.resolve("__init__.py"))
                : known.computeIfAbsent(dir, d -> Files.exists(d.resolve("__init__.py")));
    }

    /** The dotted module name of a file inside packages, or null outside one (a script, or a file not ending in .py). */
    public static String packaged(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        String name = abs.getFileName().toString();
        if (!name.endsWith(".py")) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (!name.equals("__init__.py")) {
            parts.add(name.substring(0, name.length() - 3));
        }
        Path dir = abs.getParent();
        while (dir != null && dir.getFileName() != null && (hasInit(dir) || namespacePortion(dir))) {
            parts.add(0, dir.getFileName().toString());
            dir = dir.getParent();
        }
        boolean inPackage = name.equals("__init__.py") ? !parts.isEmpty() : parts.size() > 1;
        return inPackage ? String.join(".", parts) : null;
    }

    /**
     * A directory without {@code __init__.py} inside a regular package is a namespace package
     * (PEP 420): {@code cinder/volume/drivers/hpe/xp/} imports as {@code cinder.volume.drivers.hpe.xp}.
     */
    private static boolean namespacePortion(Path dir) {
        Path up = dir.getParent();
        return up != null && hasInit(up)
                && dir.getFileName().toString().matches("[A-Za-z_][A-Za-z0-9_]*");
    }

    /**
     * The module name Python gives a .py file: its packaged name, or its bare name when it is run from
     * its own directory; null for other files.
     */
    public static String of(Path file) {
        String packaged = packaged(file);
        if (packaged != null) {
            return packaged;
        }
        String name = file.getFileName().toString();
        return name.endsWith(".py") ? name.substring(0, name.length() - 3) : null;
    }

    public static boolean isPackageInit(Path file) {
        return file.getFileName().toString().equals("__init__.py");
    }

    /** An absolute name for a relative import target ({@code ..utils.spawn} seen from {@code module}): the resolver's rule. */
    public static String absolute(String qualified, String module, boolean packageInit) {
        return new dev.greenshift.names.ModuleLocation(module, packageInit).absolute(qualified);
    }

    /** {@code a} for {@code a.b.c}: the top-level package of a dotted name (the name itself when it has no dot). */
    public static String top(String dotted) {
        int dot = dotted.indexOf('.');
        return dot < 0 ? dotted : dotted.substring(0, dot);
    }

    /** {@code a.b} for {@code a.b.c}; the empty string for a top-level name. */
    public static String parent(String module) {
        int dot = module.lastIndexOf('.');
        return dot < 0 ? "" : module.substring(0, dot);
    }
}
