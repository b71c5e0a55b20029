package dev.greenshift.shim;

import dev.greenshift.cli.CliRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A fresh copy of our shared-API fixture (src/test/resources/shim-project: shop/api.py on Eventlet,
 * called by the parts shop/orders and shop/billing, and main.py printing what both get), with its
 * concurrency module generated, as {@code shim generate} expects.
 */
public final class SharedApiProject {
    public static final Path FIXTURE = Path.of("src/test/resources/shim-project");

    private SharedApiProject() {
    }

    public static Path copyInto(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(FIXTURE)) {
            for (Path p : walk.toList()) {
                Path target = dir.resolve(FIXTURE.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().endsWith(".pyc")) {
                    Files.copy(p, target);
                }
            }
        }
        CliRun r = CliRun.of("shim", "concurrency", dir.toString());
        if (r.exit() != 0) {
            throw new IllegalStateException("shim concurrency failed: " + r.err());
        }
        return dir;
    }

    /** Every file under dir and its bytes, to show that a refused command wrote nothing. */
    public static Map<String, String> snapshot(Path dir) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), java.util.HexFormat.of().formatHex(Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
