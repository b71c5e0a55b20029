package dev.greenshift.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.toml.TomlStreamReadException;
import dev.greenshift.config.KeyPositions.Position;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds and reads the {@code [tool.greenshift]} table of a project's {@code pyproject.toml}. Every key is
 * checked: an unknown key or a value of the wrong type is an error at its line, never silently ignored, so
 * a typo ({@code exlude}) cannot quietly widen a run.
 */
public final class PyProject {
    public static final String FILE_NAME = "pyproject.toml";
    private static final List<String> TABLE = List.of("tool", "greenshift");
    private static final Set<String> KEYS = Set.of("recipes", "rules", "include", "exclude", "world", "neutral-module");
    private static final Pattern MODULE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

    private PyProject() {
    }

    /**
     * The configuration that applies to {@code start}: the nearest {@code pyproject.toml} at or above it
     * with a {@code [tool.greenshift]} table. The walk stops at the top of the git repository holding
     * {@code start}, so a file outside the project never applies. A pyproject.toml that does not mention
     * greenshift is skipped unread: other tools' settings are not ours to validate.
     */
    public static ProjectConfig find(Path start) throws ConfigException {
        Path dir = start.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            dir = dir.getParent();
        }
        for (; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate) && mentionsGreenshift(candidate)) {
                ProjectConfig config = read(candidate);
                if (config.file().isPresent()) {
                    return config;
                }
            }
            if (Files.exists(dir.resolve(".git"))) {
                break;
            }
        }
        return ProjectConfig.NONE;
    }

    /** Reads one pyproject.toml; {@link ProjectConfig#NONE} when it has no {@code [tool.greenshift]} table. */
    public static ProjectConfig read(Path file) throws ConfigException {
        String shown = display(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException(List.of(shown + ":1:1: not UTF-8 (TOML files must be)"));
        } catch (IOException e) {
            throw new ConfigException(List.of(shown + ":1:1: cannot read: " + e.getMessage()));
        }
        return parse(file, shown, text);
    }

    /** Reads configuration from TOML text; {@code shown} names the file in messages. */
    static ProjectConfig parse(Path file, String shown, String text) throws ConfigException {
        JsonNode root;
        try {
            root = new TomlMapper().readTree(text);
        } catch (TomlStreamReadException e) {
            var at = e.getLocation();
            int line = at == null ? 1 : Math.max(1, at.getLineNr());
            int column = at == null ? 1 : Math.max(1, at.getColumnNr());
            throw new ConfigException(List.of(shown + ":" + line + ":" + column + ": invalid TOML: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ConfigException(List.of(shown + ":1:1: invalid TOML: " + e.getMessage()));
        }
        JsonNode table = root == null ? null : root.path("tool").get("greenshift");
        if (table == null) {
            return ProjectConfig.NONE;
        }
        Checker check = new Checker(shown, KeyPositions.scan(text));
        if (!table.isObject()) {
            check.problem(TABLE, "[tool.greenshift] must be a table");
            throw new ConfigException(check.problems);
        }
        for (Iterator<String> names = table.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!KEYS.contains(name)) {
                check.problem(key(name), "unknown key '" + name + "' in [tool.greenshift] (known keys: "
                        + String.join(", ", KEYS.stream().sorted().toList()) + ")");
            }
        }
        Path base = file.toAbsolutePath().getParent();
        List<String> recipes = check.strings(table, "recipes");
        List<Path> rules = check.strings(table, "rules").stream().map(r -> base.resolve(r).normalize()).toList();
        List<String> include = check.strings(table, "include");
        List<String> exclude = check.strings(table, "exclude");
        Optional<ProjectConfig.World> world = check.string(table, "world").flatMap(w -> check.world(w));
        Optional<String> neutral = check.string(table, "neutral-module").filter(m -> {
            if (MODULE.matcher(m).matches()) {
                return true;
            }
            check.problem(key("neutral-module"), "neutral-module must be a dotted Python module name, not '" + m + "'");
            return false;
        });
        if (!check.problems.isEmpty()) {
            throw new ConfigException(check.problems);
        }
        return new ProjectConfig(Optional.of(file), recipes, rules, include, exclude, world, neutral);
    }

    private static List<String> key(String name) {
        return List.of("tool", "greenshift", name);
    }

    /** Cheap first look, so a walk up through unrelated projects never parses their files. */
    private static boolean mentionsGreenshift(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains("greenshift");
        } catch (IOException e) {
            return true;
        }
    }

    private static String display(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = file.toAbsolutePath().normalize();
        return (abs.startsWith(cwd) ? cwd.relativize(abs) : abs).toString().replace('\\', '/');
    }

    /** Collects every problem of one table with its position. */
    private static final class Checker {
        final String shown;
        final KeyPositions positions;
        final List<String> problems = new ArrayList<>();

        Checker(String shown, KeyPositions positions) {
            this.shown = shown;
            this.positions = positions;
        }

        void problem(List<String> path, String message) {
            Position at = positions.of(path);
            problems.add(shown + ":" + at + ": " + message);
        }

        List<String> strings(JsonNode table, String name) {
            JsonNode value = table.get(name);
            if (value == null) {
                return List.of();
            }
            if (!value.isArray()) {
                problem(key(name), name + " must be an array of strings, like " + name + " = [\"...\"], not " + describe(value));
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (JsonNode item : value) {
                if (!item.isTextual() || item.asText().isBlank()) {
                    problem(key(name), name + " must hold non-empty strings only, not " + describe(item));
                    return List.of();
                }
                out.add(item.asText());
            }
            return out;
        }

        Optional<String> string(JsonNode table, String name) {
            JsonNode value = table.get(name);
            if (value == null) {
                return Optional.empty();
            }
            if (!value.isTextual()) {
                problem(key(name), name + " must be a string, not " + describe(value));
                return Optional.empty();
            }
            return Optional.of(value.asText());
        }

        Optional<ProjectConfig.World> world(String value) {
            for (ProjectConfig.World w : ProjectConfig.World.values()) {
                if (w.key().equals(value)) {
                    return Optional.of(w);
                }
            }
            problem(key("world"), "world must be auto, patched or native, not '" + value + "'");
            return Optional.empty();
        }

        private static String describe(JsonNode value) {
            if (value.isTextual()) {
                return "a string";
            }
            if (value.isArray()) {
                return "an array";
            }
            if (value.isObject()) {
                return "a table";
            }
            if (value.isBoolean()) {
                return "a boolean";
            }
            if (value.isNumber()) {
                return "a number";
            }
            return "a " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        }
    }

}
