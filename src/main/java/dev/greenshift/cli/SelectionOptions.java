package dev.greenshift.cli;

import dev.greenshift.config.ProjectConfig;
import dev.greenshift.source.Selection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Which files under the paths a command takes: --include, --exclude, --no-gitignore, else the project's configuration. */
final class SelectionOptions {

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Take only files matching GLOB (gitignore syntax, relative to the current directory; repeatable; default: *.py).")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Skip files and directories matching GLOB (gitignore syntax, relative to the current directory; repeatable).")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--no-gitignore", description = "Also take files that .gitignore files ignore.")
    boolean noGitignore;

    /** The flags where given, else the configured globs (relative to the pyproject.toml that sets them). */
    Selection selection(ProjectConfig config) {
        Path cwd = Path.of("").toAbsolutePath();
        Path configured = config.directory().orElse(cwd);
        boolean includeFlag = !include.isEmpty();
        boolean excludeFlag = !exclude.isEmpty();
        return Selection.of(ProjectConfig.flagOr(include, config.include()), includeFlag ? cwd : configured,
                ProjectConfig.flagOr(exclude, config.exclude()), excludeFlag ? cwd : configured, !noGitignore);
    }
}
