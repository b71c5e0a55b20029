package dev.greenshift.shim;

import dev.greenshift.report.AtomicWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * {@code greenshift shim concurrency}: writes the project's dual-mode concurrency module from the
 * bundled template and records its name in pyproject.toml, for the {@code neutral} pack to find.
 * Every check runs before the first byte is written.
 */
public final class ConcurrencyShim {
    /** The first line of every generated module; a file without it is never written over. */
    public static final String HEADER = dev.greenshift.engine.Engine.GENERATED + " shim concurrency";
    /** The [tool.greenshift] key that names the module. */
    public static final String SETTING = "neutral-module";
    public static final String PYPROJECT = dev.greenshift.config.PyProject.FILE_NAME;

    private static final java.util.regex.Pattern ENV_NAME = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public enum Backend { EVENTLET, THREADING }

    /**
     * @param module a dotted module name, a path to a .py file (relative to the project), or null for
     *               {@code <top package>.concurrency}
     * @param switchName the environment variable that picks the backend, or null for {@code <TOP>_CONCURRENCY}
     */
    public record Request(Path project, String module, String switchName, Backend defaultBackend) {
    }

    /** What was written: the module file and name, the switch, and whether an older generated file was replaced. */
    public record Written(Path file, String module, String switchName, boolean replaced, boolean pyprojectChanged) {
    }

    private ConcurrencyShim() {
    }

    public static Written generate(Request request) throws ShimException, IOException {
        if (!Files.isDirectory(request.project())) {
            throw new ShimException(request.project() + " is not a directory");
        }
        ProjectLayout layout = ProjectLayout.of(request.project());
        Path file = request.module() == null ? layout.fileOf(layout.topPackage() + ".concurrency")
                : layout.targetFile(request.module(), "--module");
        String module = layout.moduleOf(file);
        String switchName = request.switchName() != null ? request.switchName()
                : module.split("\\.")[0].toUpperCase(Locale.ROOT) + "_CONCURRENCY";
        if (!ENV_NAME.matcher(switchName).matches()) {
            throw new ShimException("--switch '" + switchName + "' is not a valid environment variable name"
                    + " (letters, digits and _, not starting with a digit)");
        }
        if (!Files.isDirectory(file.getParent())) {
            throw new ShimException("directory " + file.getParent() + " does not exist: create the package first");
        }
        boolean replaced = Files.exists(file);
        if (replaced && !generatedBy(file, HEADER)) {
            throw new ShimException(file + " exists and was not written by greenshift (its first line is not '" + HEADER
                    + "...'): not overwritten");
        }
        Backend fallback = request.defaultBackend() == null ? Backend.EVENTLET : request.defaultBackend();
        write(file, render(switchName, fallback).getBytes(StandardCharsets.UTF_8));
        Path pyproject = layout.root().resolve(PYPROJECT);
        String before = Files.exists(pyproject) ? Files.readString(pyproject, StandardCharsets.UTF_8) : null;
        String after = PyprojectRecord.with(before, SETTING, module);
        boolean changed = !after.equals(before);
        if (changed) {
            write(pyproject, after.getBytes(StandardCharsets.UTF_8));
        }
        return new Written(file, module, switchName, replaced, changed);
    }

    /** The module text for a switch variable and a default backend. */
    public static String render(String switchName, Backend fallback) {
        return template().replace("@SWITCH@", switchName).replace("@DEFAULT@", fallback.name().toLowerCase(Locale.ROOT));
    }

    /** True when the file's first line is {@code header}: greenshift wrote it and may write it again. */
    static boolean generatedBy(Path file, String header) throws IOException {
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = reader.readLine();
            return first != null && first.startsWith(header);
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    /** A new file is created (never through an existing one); an existing one is replaced atomically. */
    static void write(Path file, byte[] bytes) throws IOException {
        if (Files.exists(file)) {
            AtomicWriter.write(file, bytes);
        } else {
            Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
    }

    private static String template() {
        try (InputStream in = ConcurrencyShim.class.getResourceAsStream("concurrency.py.template")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
