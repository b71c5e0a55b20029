package dev.greenshift.shim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A neutral module as {@code shim generate} wrote it, read back: the shared module it stands for
 * ({@code ORIGINAL}) and each original function's neutral name ({@code NEUTRAL_NAMES}), so that
 * {@code shim adopt} uses exactly the names that were generated, renames included.
 */
public record NeutralInterface(String module, Path file, String original, Map<String, String> names) {
    private static final Pattern ORIGINAL = Pattern.compile("(?m)^ORIGINAL = '([A-Za-z0-9_.]+)'$");
    private static final Pattern NAMES = Pattern.compile("(?ms)^NEUTRAL_NAMES = \\{\\n(.*?)^\\}$");
    private static final Pattern PAIR = Pattern.compile("(?m)^    '([A-Za-z_][A-Za-z0-9_]*)': '([A-Za-z_][A-Za-z0-9_]*)',$");

    public static NeutralInterface read(ProjectLayout layout, String module) throws ShimException, IOException {
        Path file = layout.fileOf(module);
        if (!Files.isRegularFile(file)) {
            throw new ShimException("no neutral module " + module + " (" + layout.root().relativize(file)
                    + "): run 'greenshift shim generate' first, or name it with --to");
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Matcher original = ORIGINAL.matcher(text);
        Matcher names = NAMES.matcher(text);
        if (!text.startsWith(NeutralApiWriter.HEADER) || !original.find() || !names.find()) {
            throw new ShimException(file + " is not a neutral module written by greenshift shim generate");
        }
        Map<String, String> byOriginal = new LinkedHashMap<>();
        Matcher pair = PAIR.matcher(names.group(1));
        while (pair.find()) {
            byOriginal.put(pair.group(2), pair.group(1));
        }
        return new NeutralInterface(module, file, original.group(1), byOriginal);
    }
}
