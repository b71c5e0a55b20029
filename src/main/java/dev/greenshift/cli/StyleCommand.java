package dev.greenshift.cli;

import dev.greenshift.lex.Tokenizer;
import dev.greenshift.source.ReadResult;
import dev.greenshift.source.SourceReader;
import dev.greenshift.style.ImportGroups;
import dev.greenshift.style.ImportOrder;
import dev.greenshift.style.Layout;
import dev.greenshift.style.Style;
import dev.greenshift.style.StyleReader;
import dev.greenshift.syntax.Module;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "style", mixinStandardHelpOptions = true,
        description = "Show the style greenshift lays out rewritten code in: the line limit and import order read from "
                + "the project's flake8, ruff, black and isort configuration (walking up from PATH), and, for a file, "
                + "how it wraps continuation lines and sorts its imports.")
final class StyleCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories.")
    List<Path> paths;

    @Override
    public Integer call() {
        StyleReader reader = new StyleReader();
        int status = 0;
        for (Path path : paths) {
            if (!Files.exists(path)) {
                System.err.println("greenshift: " + path + ": no such file or directory");
                status = 2;
                continue;
            }
            Style style = reader.styleOf(path);
            System.out.println(path + ":");
            System.out.print(style.describe().indent(2));
            if (Files.isRegularFile(path) && SourceReader.read(path, path.toString()) instanceof ReadResult.Read read) {
                Module module = Module.parse(read.file().text());
                ImportOrder order = ImportGroups.of(module).order(null);
                Layout.Continuation continuation = Layout.habit(Tokenizer.tokenize(read.file().text()));
                System.out.println("  this file: continuation lines " + continuation.name().toLowerCase(java.util.Locale.ROOT)
                        + "; imports " + (order == null ? "in no known order" : "sorted as " + order.description()));
            }
        }
        return status;
    }
}
