package dev.greenshift.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.greenshift.cli.CliRun;
import dev.greenshift.shim.Interpreters;
import dev.greenshift.shim.SharedApiProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The part-by-part migration of a shared API, run: our fixture's main.py prints what both parts
 * get from shop/api.py (Eventlet). After {@code shim generate} and {@code shim adopt} of
 * shop/orders, it prints the same with the backend switch set to eventlet and to threading
 * (Debian's python3 with Eventlet: shop/billing still imports the original); shop/billing is
 * byte-identical and a second adopt changes nothing. Once shop/billing is adopted too, a python3
 * without Eventlet prints the same on threading. The neutral functions hand back the concurrency
 * module's Task, ValueEvent and Pool on both backends, never Eventlet's objects.
 */
class SharedApiBehaviourTest {
    private static final String SWITCH = "SHOP_CONCURRENCY";

    @TempDir
    Path project;

    @Test
    void mainPrintsTheSameAfterEachPartIsAdoptedOnBothBackends() throws Exception {
        String eventlet = Interpreters.debianWith("eventlet");
        SharedApiProject.copyInto(project);
        String original = run(eventlet, "main.py", Map.of());
        assertTrue(original.contains("order total: 19"), original);

        assertEquals(0, CliRun.of("shim", "generate", project.toString(), "--api", "shop.api").exit());
        Map<String, String> before = SharedApiProject.snapshot(project);
        CliRun adopt = CliRun.of("shim", "adopt", project.toString(), "--part", "shop/orders", "--api", "shop.api");
        assertEquals(0, adopt.exit(), adopt.err());
        Map<String, String> after = SharedApiProject.snapshot(project);
        for (String file : before.keySet()) {
            if (!file.startsWith("shop/orders/")) {
                assertEquals(before.get(file), after.get(file), file + " changed outside the adopted part");
            }
        }
        assertFalse(Files.readString(project.resolve("shop/orders/totals.py")).contains("shop import api"));

        assertEquals(original, run(eventlet, "main.py", Map.of(SWITCH, "eventlet")), "eventlet backend");
        assertEquals(original, run(eventlet, "main.py", Map.of(SWITCH, "threading")), "threading backend");

        CliRun again = CliRun.of("shim", "adopt", project.toString(), "--part", "shop/orders", "--api", "shop.api");
        assertEquals(0, again.exit(), again.err());
        assertEquals(after, SharedApiProject.snapshot(project), "a second adopt changed something");

        assertEquals(0, CliRun.of("shim", "adopt", project.toString(), "--part", "shop/billing", "--api", "shop.api").exit());
        assertEquals(original, run(Interpreters.plain(), "main.py", Map.of(SWITCH, "threading")),
                "threading backend, no Eventlet installed");
    }

    @Test
    void neutralFunctionsReturnTheConcurrencyModulesObjectsOnBothBackends() throws Exception {
        String eventlet = Interpreters.debianWith("eventlet");
        SharedApiProject.copyInto(project);
        assertEquals(0, CliRun.of("shim", "generate", project.toString(), "--api", "shop.api").exit());
        Files.writeString(project.resolve("kinds.py"), """
                from shop import concurrency
                from shop.neutral import api

                task = api.fetch_data(['a'], str.upper)
                event = api.send_request('x', str.upper)
                pool = api.worker_pool(2)
                print(isinstance(task, concurrency.Task), sorted(task.result().items()))
                print(isinstance(event, concurrency.ValueEvent), event.wait())
                print(isinstance(pool, concurrency.Pool), isinstance(pool.spawn(len, 'ab'), concurrency.Task))
                print(sorted({type(o).__module__.split('.')[0] for o in (task, event, pool)}))
                """);
        String expected = "True [('a', 'A')]\nTrue X\nTrue True\n['shop']\n";
        assertEquals(expected, run(eventlet, "kinds.py", Map.of(SWITCH, "eventlet")));
        assertEquals(expected, run(Interpreters.plain(), "kinds.py", Map.of(SWITCH, "threading")));
    }

    /** A Timeout of the original is the concurrency module's Timeout on both backends: callers catch one class. */
    @Test
    void aTimeoutOfTheOriginalIsTheConcurrencyModulesOnBothBackends() throws Exception {
        String eventlet = Interpreters.debianWith("eventlet");
        Files.createDirectories(project.resolve("pkg"));
        Files.writeString(project.resolve("pkg/__init__.py"), "");
        Files.writeString(project.resolve("pkg/api.py"), """
                import eventlet


                def wait_for(event, seconds):
                    \"""The event's value, or Timeout after seconds.\"""
                    with eventlet.Timeout(seconds):
                        return event.wait()
                """);
        assertEquals(0, CliRun.of("shim", "concurrency", project.toString()).exit());
        CliRun generated = CliRun.of("shim", "generate", project.toString(), "--api", "pkg.api");
        assertEquals(0, generated.exit(), generated.err());
        Files.writeString(project.resolve("timed.py"), """
                from pkg import concurrency
                from pkg.neutral import api

                try:
                    api.wait_for(concurrency.ValueEvent(), 0.05)
                except concurrency.Timeout as error:
                    print('timed out after', error.seconds)
                """);
        assertEquals("timed out after 0.05\n", run(eventlet, "timed.py", Map.of("PKG_CONCURRENCY", "eventlet")));
        assertEquals("timed out after 0.05\n", run(Interpreters.plain(), "timed.py", Map.of("PKG_CONCURRENCY", "threading")));
    }

    private String run(String python, String script, Map<String, String> env) throws Exception {
        Interpreters.Run r = Interpreters.run(python, List.of(script), project, env);
        assertEquals(0, r.exit(), r.both());
        return r.out();
    }
}
