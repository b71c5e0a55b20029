package dev.greenshift.cli;

import dev.greenshift.verify.RoundTrip;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "roundtrip", mixinStandardHelpOptions = true,
        description = "Lex and structure every .py file under PATH, render it back and compare bytes. "
                + "Exit 0 when nothing differs; unreadable files are reported but are not mismatches.")
final class RoundtripCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to check.")
    List<Path> paths;

    @Override
    public Integer call() {
        RoundTrip.Report report = RoundTrip.run(paths);
        for (RoundTrip.Outcome o : report.outcomes()) {
            switch (o.status()) {
                case MISMATCH -> System.out.println(dev.greenshift.report.Printable.escape(o.path() + ": mismatch: " + o.detail()));
                case UNREADABLE -> System.out.println(dev.greenshift.report.Printable.escape(o.path() + ": unreadable: " + o.detail()));
                default -> { }
            }
        }
        System.out.println(report.summary());
        return report.count(RoundTrip.Status.MISMATCH) == 0 ? 0 : 1;
    }
}
