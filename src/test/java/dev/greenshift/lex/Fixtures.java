package dev.greenshift.lex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Our own small Python files under src/test/resources/fixtures: modern Python that CPython 3.11
 * tokenizes, and under py2/ Python 2 files that only we are expected to read.
 */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path root() {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fixtures any Python 3.8+ tokenizes, in name order. */
    public static List<Path> modern() {
        return list(root());
    }

    /** Every fixture, Python 2 ones included. */
    public static List<Path> all() {
        return Stream.concat(list(root()).stream(), list(root().resolve("py2")).stream()).toList();
    }

    public static String text(Path fixture) {
        try {
            return Files.readString(fixture, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
