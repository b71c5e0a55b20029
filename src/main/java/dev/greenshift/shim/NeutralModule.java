package dev.greenshift.shim;

import dev.greenshift.config.ConfigException;
import dev.greenshift.config.PyProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Which module the {@code neutral} pack rewrites onto for the paths of a run: the one recorded
 * by {@code shim concurrency} in the nearest pyproject.toml above a path, else
 * {@code <top package>.concurrency} of a path that is a project root, else none (the pack's default).
 */
public final class NeutralModule {
    /** The recipe parameter that names the module. */
    public static final String PARAMETER = "neutral";

    private NeutralModule() {
    }

    public static String forPaths(List<Path> paths) {
        for (Path path : paths) {
            String recorded = recorded(path);
            if (recorded != null) {
                return recorded;
            }
        }
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try {
                    return ProjectLayout.of(path).topPackage() + ".concurrency";
                } catch (ShimException e) {
                    // not a project root with one package: try the next path
                }
            }
        }
        return null;
    }

    /** The neutral-module of the nearest [tool.greenshift] at or above path (a broken file is the config step's to report). */
    private static String recorded(Path path) {
        try {
            return PyProject.find(path).neutralModule().orElse(null);
        } catch (ConfigException e) {
            return null;
        }
    }
}
