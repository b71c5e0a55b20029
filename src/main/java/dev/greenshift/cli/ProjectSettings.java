package dev.greenshift.cli;

import dev.greenshift.config.ConfigException;
import dev.greenshift.config.ProjectConfig;
import dev.greenshift.config.PyProject;
import java.nio.file.Path;
import java.util.List;

/** The project configuration a command's paths fall under, read once per run. */
final class ProjectSettings {

    private ProjectSettings() {
    }

    /**
     * The {@code [tool.greenshift]} table found walking up from the first path, or null after printing its
     * problems as {@code file:line:col: message} (the command then exits 2).
     */
    static ProjectConfig findOrReport(List<Path> paths) {
        if (paths == null || paths.isEmpty()) {
            return ProjectConfig.NONE;
        }
        try {
            return PyProject.find(paths.get(0));
        } catch (ConfigException e) {
            e.problems().forEach(p -> System.err.println("greenshift: " + p));
            return null;
        }
    }
}
