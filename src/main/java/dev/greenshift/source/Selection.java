package dev.greenshift.source;

import java.nio.file.Path;
import java.util.List;

/**
 * Which files a directory walk takes: those matching {@code include} (by default every {@code *.py}),
 * minus those matching {@code exclude} or, when {@code gitignore} is on, a {@code .gitignore} on the way
 * (the repository's {@code .git/info/exclude} and the {@code .gitignore} files from the repository top
 * down). A file named on the command line is taken unless {@code exclude} matches it: pre-commit and
 * editors pass file names, and a project's excludes must still hold for them.
 */
public record Selection(IgnoreFile include, IgnoreFile exclude, boolean gitignore) {

    /** Every Python file that git would not ignore. */
    public static final Selection DEFAULT = new Selection(
            IgnoreFile.of(Path.of(""), List.of("*.py")), IgnoreFile.of(Path.of(""), List.of()), true);

    /**
     * The selection for these globs; an empty include list keeps the {@code *.py} default.
     *
     * @param includeBase the directory include globs are relative to (the current directory for flags, the
     *                    pyproject.toml's directory for configuration)
     */
    public static Selection of(List<String> include, Path includeBase, List<String> exclude, Path excludeBase, boolean gitignore) {
        return new Selection(include.isEmpty() ? DEFAULT.include : IgnoreFile.of(includeBase, include),
                IgnoreFile.of(excludeBase, exclude), gitignore);
    }
}
