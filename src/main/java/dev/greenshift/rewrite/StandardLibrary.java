package dev.greenshift.rewrite;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** Which top-level module names belong to Python's standard library, to place new imports in the stdlib group. */
final class StandardLibrary {
    private static final Set<String> NAMES = load();

    private StandardLibrary() {
    }

    static boolean contains(String module) {
        return NAMES.contains(module.split("\\.")[0]);
    }

    private static Set<String> load() {
        Set<String> names = new HashSet<>();
        try (InputStream in = StandardLibrary.class.getResourceAsStream("stdlib-modules.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
