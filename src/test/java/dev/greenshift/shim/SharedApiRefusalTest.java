package dev.greenshift.shim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.greenshift.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input to {@code shim plan | generate | adopt}: one clear error, exit 2, and not a byte written. */
class SharedApiRefusalTest {
    @TempDir
    Path project;

    private Map<String, String> before;

    @BeforeEach
    void theFixture() throws IOException {
        SharedApiProject.copyInto(project);
        Files.writeString(project.resolve("shop/broken.py"), "import eventlet\n\ndef async_go(:\n    eventlet.spawn(go)\n");
        before = SharedApiProject.snapshot(project);
    }

    @Test
    void anApiModuleThatDoesNotExist() {
        refused("no module shop/missing.py", "shim", "generate", project.toString(), "--api", "shop.missing");
        refused("no module shop/missing.py", "shim", "plan", project.toString(), "--api", "shop.missing");
    }

    @Test
    void anApiModuleThatDoesNotParse() {
        refused("--api shop.broken: shop/broken.py:3:", "shim", "generate", project.toString(), "--api", "shop.broken");
        refused("--api shop.broken: shop/broken.py:3:", "shim", "plan", project.toString(), "--api", "shop.broken");
    }

    @Test
    void twoFunctionsRenamedToOneName() {
        refused("name collision in the output module: async_fetch_data and worker_pool would both be worker_pool",
                "shim", "generate", project.toString(), "--api", "shop.api", "--rename", "async_fetch_data=worker_pool");
    }

    @Test
    void aNeutralNameTheThreadingSideNeeds() {
        refused("name collision in the output module: the neutral name DEFAULT_WORKERS of async_fetch_data is already a name there",
                "shim", "generate", project.toString(), "--api", "shop.api", "--rename", "async_fetch_data=DEFAULT_WORKERS");
    }

    @Test
    void aNeutralNameTheModuleKeepsForItself() {
        refused("name collision in the output module: the neutral name backend of async_fetch_data",
                "shim", "generate", project.toString(), "--api", "shop.api", "--rename", "async_fetch_data=backend");
    }

    @Test
    void aRenameOfANameNotOnTheBoundary() {
        refused("--rename price_of: not a boundary function", "shim", "generate", project.toString(), "--api", "shop.api",
                "--rename", "price_of=price");
    }

    @Test
    void anOutputOutsideTheProject() {
        refused("--out ../neutral_api.py is outside the project", "shim", "generate", project.toString(), "--api", "shop.api",
                "--out", "../neutral_api.py");
        assertTrue(!Files.exists(project.resolveSibling("neutral_api.py")));
    }

    @Test
    void anOutputThatIsNotOurs() {
        refused("exists and was not written by greenshift", "shim", "generate", project.toString(), "--api", "shop.api",
                "--out", "shop.orders.totals");
    }

    @Test
    void generateWithoutTheConcurrencyModule() throws IOException {
        Files.delete(project.resolve("shop/concurrency.py"));
        before = SharedApiProject.snapshot(project);
        refused("the concurrency module shop.concurrency (shop/concurrency.py) does not exist", "shim", "generate",
                project.toString(), "--api", "shop.api");
    }

    @Test
    void aPartThatDoesNotExist() {
        assertEquals(0, CliRun.of("shim", "generate", project.toString(), "--api", "shop.api").exit());
        before = SharedApiProject.snapshot(project);
        refused("--part shop/shipping: no such directory", "shim", "adopt", project.toString(), "--part", "shop/shipping",
                "--api", "shop.api");
        refused("--part .. is outside the project", "shim", "adopt", project.toString(), "--part", "..", "--api", "shop.api");
    }

    @Test
    void anOutputInADirectoryThatDoesNotExist() {
        refused("does not exist: create the package first", "shim", "generate", project.toString(), "--api", "shop.api",
                "--out", "shop/shipping/api.py");
    }

    @Test
    void aNeutralModuleOfAnotherApi() {
        assertEquals(0, CliRun.of("shim", "generate", project.toString(), "--api", "shop.api").exit());
        before = SharedApiProject.snapshot(project);
        refused("shop.neutral.api is the neutral interface of shop.api, not of shop.orders.totals", "shim", "adopt",
                project.toString(), "--part", "shop/billing", "--api", "shop.orders.totals", "--to", "shop.neutral.api");
    }

    @Test
    void adoptBeforeGenerate() {
        refused("no neutral module shop.neutral.api (shop/neutral/api.py): run 'greenshift shim generate' first", "shim", "adopt",
                project.toString(), "--part", "shop/orders", "--api", "shop.api");
    }

    private void refused(String message, String... args) {
        CliRun r = CliRun.of(args);
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains(message), "expected '" + message + "' in:\n" + r.err());
        assertEquals(before, SharedApiProject.snapshot(project), "a refused command wrote something");
    }
}
