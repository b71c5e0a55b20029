package dev.greenshift.shim;

import dev.greenshift.names.ModuleLocation;
import dev.greenshift.names.NameTable;
import dev.greenshift.source.ReadResult;
import dev.greenshift.source.SourceFile;
import dev.greenshift.source.SourceReader;
import dev.greenshift.syntax.Module;
import dev.greenshift.syntax.SyntaxLimitException;
import dev.greenshift.verify.PythonCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One module of the project that other parts call (an {@code --api} module): its source, its
 * statement tree and its names as the one resolver sees them.
 */
public record ApiModule(String module, SourceFile file, Module parsed, NameTable names, ProjectLayout layout) {

    /** The module's path relative to the project root, with '/' separators. */
    public String relativePath() {
        return layout.root().relativize(file.path().toAbsolutePath().normalize()).toString().replace(java.io.File.separatorChar, '/');
    }

    /**
     * Reads a dotted module name of the project. Refused: a name that is not dotted, a module
     * that does not exist, cannot be read, or does not compile (python3 decides when it is there).
     */
    public static ApiModule read(ProjectLayout layout, String module) throws ShimException {
        if (!ProjectLayout.isDottedName(module)) {
            throw new ShimException("--api '" + module + "' is not a dotted module name (shop.api)");
        }
        Path file = layout.fileOf(module);
        if (!Files.isRegularFile(file)) {
            Path init = layout.sources().resolve(module.replace('.', '/')).resolve("__init__.py");
            if (!Files.isRegularFile(init)) {
                throw new ShimException("--api " + module + ": no module " + layout.root().relativize(file) + " under "
                        + layout.root());
            }
            file = init;
        }
        ReadResult read = SourceReader.read(file, layout.root().relativize(file).toString());
        if (!(read instanceof ReadResult.Read ok)) {
            throw new ShimException("--api " + module + ": cannot read " + file + ": " + ((ReadResult.Unreadable) read).reason());
        }
        SourceFile source = ok.file();
        String problem = compileProblem(source);
        if (problem != null) {
            throw new ShimException("--api " + module + ": " + source.displayPath() + ":" + problem + " (it must parse before its"
                    + " interface can be planned)");
        }
        try {
            Module parsed = Module.parse(source.text());
            boolean init = file.getFileName().toString().equals("__init__.py");
            return new ApiModule(module, source, parsed, NameTable.of(parsed, new ModuleLocation(module, init)), layout);
        } catch (SyntaxLimitException e) {
            throw new ShimException("--api " + module + ": " + source.displayPath() + ":" + e.line() + ":" + e.column() + ": "
                    + e.getMessage());
        }
    }

    /** "line:col: message" when python3 cannot compile the file; null when it can, or when there is no python3 to ask. */
    private static String compileProblem(SourceFile source) {
        PythonCompiler python = PythonCompiler.find();
        if (python == null) {
            return null;
        }
        try {
            return python.compile(List.of(source.bytes())).get(0);
        } catch (IOException e) {
            return null;
        }
    }
}
