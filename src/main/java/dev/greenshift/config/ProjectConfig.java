package dev.greenshift.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a project's {@code [tool.greenshift]} table says, with paths resolved against the directory of its
 * {@code pyproject.toml}. An empty list or an empty optional means "not configured": the command's
 * default applies, and a command-line flag always replaces the configured value.
 *
 * @param file          the pyproject.toml it was read from, empty when no project configures greenshift
 * @param recipes       recipe packs or ids, as {@code --recipes}
 * @param rules         extra recipe directories, as {@code --rules}, absolute
 * @param include       gitignore-style globs of files to take, as {@code --include}, relative to {@link #directory()}
 * @param exclude       gitignore-style globs of files and directories to skip, as {@code --exclude}
 * @param world         which world the code runs in, as {@code --world}
 * @param neutralModule the dotted module name of the generated concurrency shim
 */
public record ProjectConfig(Optional<Path> file, List<String> recipes, List<Path> rules, List<String> include,
                            List<String> exclude, Optional<World> world, Optional<String> neutralModule) {

    /** Whether modules run with Eventlet's monkey patching ({@code patched}), without ({@code native}), or decided per module. */
    public enum World {
        AUTO, PATCHED, NATIVE;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** No project configuration: every command uses its defaults. */
    public static final ProjectConfig NONE = new ProjectConfig(Optional.empty(), List.of(), List.of(), List.of(),
            List.of(), Optional.empty(), Optional.empty());

    public ProjectConfig {
        recipes = List.copyOf(recipes);
        rules = List.copyOf(rules);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    /** The directory relative paths and globs of this configuration are taken from. */
    public Optional<Path> directory() {
        return file.map(f -> f.toAbsolutePath().getParent());
    }

    /** The flag's value when the user gave one, else the configured one. */
    public static <T> List<T> flagOr(List<T> flag, List<T> configured) {
        return flag == null || flag.isEmpty() ? configured : flag;
    }
}
