package dev.greenshift.audit;

import dev.greenshift.audit.report.MarkdownReport;
import dev.greenshift.audit.report.SarifReport;
import dev.greenshift.audit.report.TextReport;
import dev.greenshift.golden.GoldenFiles;
import dev.greenshift.recipe.RecipeLoader;
import dev.greenshift.recipe.RecipeSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One small project of ours per answer the audit once got wrong (src/test/resources/audit-fixtures/NAME),
 * audited with the bundled recipes as {@code greenshift audit} runs them: the text report equals
 * golden/audit/fixtures/NAME.approved.txt. What each project pins:
 * <ul>
 * <li>{@code odd-names}: file names with a space, {@code #}, {@code %}, {@code |} and a backtick, snippets with
 * Markdown and HTML in them, a long unbroken line; its Markdown and SARIF are pinned too, where names must be
 * escaped (SARIF URIs percent-encoded).</li>
 * <li>{@code no-eventlet}: a project that mentions Eventlet only in a docstring and a comment: "not used", no
 * recommendation with reasons, no plan.</li>
 * <li>{@code config-options}: real Eventlet options (eventlet_debug, eventlet_tpool_num_threads, an
 * {@code *_DISABLE_EVENTLET_PATCHING} variable, EVENTLET_NO_GREENDNS, executor='eventlet', worker class, an
 * option's choices) are config findings; the bare string in a warnings filter, a sys.modules check, a
 * comparison or a lint message is not.</li>
 * <li>{@code fork-child}, {@code version-check}: patching in a fork child or under a Python version check is
 * not a switch a user controls: "No".</li>
 * <li>{@code env-switch}: every command patches on import of its package unless an environment variable is set:
 * "Yes", naming the variable.</li>
 * <li>{@code main-only}: a module whose {@code main()} patches only under {@code __main__} does not patch the
 * modules that import it; a test module with a main guard is not a service; {@code pool.spawn()} and
 * {@code pool.waitall()} get the GreenPool recipe that rewrites them through its {@code then} clauses.</li>
 * <li>{@code missed-shapes}: {@code fixtures.MonkeyPatch('eventlet...')}, {@code stub_out('eventlet...')},
 * {@code importlib.import_module('eventlet.hubs')}, {@code __import__}, methods on events kept in a dict or a list
 * ({@code self._events[key].send(...)}), {@code import eventlet.support.greendns} imported for its effect.</li>
 * <li>{@code optional-import}: {@code try: import eventlet / except ImportError: eventlet = None}, as oslo libraries
 * do: a name bound to Eventlet on any path is an Eventlet name, so every later use is a finding.</li>
 * </ul>
 */
class AuditFixturesTest {
    static final Path FIXTURES = Path.of("src/test/resources/audit-fixtures");
    static final Path GOLDEN = Path.of("golden/audit/fixtures");

    static RecipeSet bundled() throws Exception {
        return RecipeLoader.load(List.of(Path.of("rules"))).select(List.of());
    }

    static AuditReport audit(String fixture) throws Exception {
        return new Audit(bundled()).run(List.of(FIXTURES.resolve(fixture)));
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureMatchesItsApprovedAudit() throws IOException {
        List<Path> projects;
        try (Stream<Path> s = Files.list(FIXTURES)) {
            projects = s.filter(Files::isDirectory).sorted().toList();
        }
        return projects.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String name = p.getFileName().toString();
            AuditReport report = audit(name);
            if (name.equals("odd-names")) {
                Assertions.assertAll(() -> verify(report, name, "txt", TextReport::render),
                        () -> verify(report, name, "md", MarkdownReport::render),
                        () -> verify(report, name, "sarif", SarifReport::render));
            } else {
                verify(report, name, "txt", TextReport::render);
            }
        }));
    }

    private static void verify(AuditReport report, String name, String extension, Function<AuditReport, String> format) {
        GoldenFiles.verify(format.apply(report), GOLDEN.resolve(name + ".approved." + extension),
                GOLDEN.resolve(name + ".received." + extension));
    }
}
