package dev.greenshift.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.greenshift.names.ModuleLocation;
import dev.greenshift.names.NameTable;
import dev.greenshift.recipe.Requirement;
import dev.greenshift.syntax.Module;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The import fix-up after a rewrite, asking the resolver what each name means: original, rewritten text, result. */
class ImportFixerTest {
    private static final Requirement QUEUE = new Requirement("queue", null, null);

    private static ImportFixer.Result fix(String original, String rewritten, Requirement... requires) {
        return fix(ModuleLocation.UNKNOWN, original, rewritten, requires);
    }

    private static ImportFixer.Result fix(ModuleLocation location, String original, String rewritten, Requirement... requires) {
        NameTable names = NameTable.of(Module.parse(original), location);
        return ImportFixer.fix(names, rewritten, q -> q.startsWith("eventlet"), Set.of(), List.of(requires), "\n");
    }

    @Test
    void theRequiredModuleIsAddedAndTheUnusedEventletImportGoes() {
        ImportFixer.Result r = fix(
                "import eventlet\n\n\ndef make():\n    return eventlet.queue.Queue()\n",
                "import eventlet\n\n\ndef make():\n    return queue.Queue()\n", QUEUE);
        assertNull(r.problem());
        assertEquals("import queue\n\n\ndef make():\n    return queue.Queue()\n", r.text());
    }

    @Test
    void aNewModuleReferenceThatALocalShadowsIsRefused() {
        ImportFixer.Result r = fix(
                "import eventlet\n\n\ndef drain():\n    queue = eventlet.queue.Queue()\n    return queue\n",
                "import eventlet\n\n\ndef drain():\n    queue = queue.Queue()\n    return queue\n", QUEUE);
        assertEquals("cannot add 'import queue': the rewritten code uses 'queue' where that name is bound to something else (line 5);"
                + " rename it first", r.problem());
    }

    @Test
    void localsOfThatNameWhichTheRewriteDidNotTouchAreNoObstacle() {
        ImportFixer.Result r = fix(
                "import eventlet\n\n\ndef make():\n    return eventlet.queue.Queue()\n\n\ndef other(queue):\n    return queue\n",
                "import eventlet\n\n\ndef make():\n    return queue.Queue()\n\n\ndef other(queue):\n    return queue\n", QUEUE);
        assertNull(r.problem());
        assertEquals("import queue\n\n\ndef make():\n    return queue.Queue()\n\n\ndef other(queue):\n    return queue\n", r.text());
    }

    @Test
    void aRelativeImportOfTheLibraryThatIsNoLongerUsedGoes() {
        ImportFixer.Result r = fix(new ModuleLocation("pkg.worker", false),
                "from .green import sleep\n\nsleep(1)\n",
                "from .green import sleep\n\ntime.sleep(1)\n", new Requirement("time", null, null));
        // pkg.green.sleep is not the library here (no project alias in this test), but the rewrite took its
        // only use: an import the run left unused goes all the same (flake8 F401).
        assertEquals("import time\n\ntime.sleep(1)\n", r.text());
        ImportFixer.Result aliased = ImportFixer.fix(NameTable.of(Module.parse("from .green import sleep\n\nsleep(1)\n"),
                        new ModuleLocation("pkg.worker", false)), "from .green import sleep\n\ntime.sleep(1)\n",
                q -> q.equals("pkg.green.sleep") || q.startsWith("eventlet"), Set.of(), List.of(new Requirement("time", null, null)), "\n");
        assertEquals("import time\n\ntime.sleep(1)\n", aliased.text());
    }
    @Test
    void anAddedImportGoesAfterTheMonkeyPatchingThatStays() {
        String original = "import eventlet\neventlet.monkey_patch()\n\nfrom app import service\n\n\ndef main():\n"
                + "    eventlet.spawn(service.run)\n";
        ImportFixer.Result r = fix(original,
                "import eventlet\neventlet.monkey_patch()\n\nfrom app import service\n\n\ndef main():\n"
                        + "    threading.Thread(target=service.run).start()\n", new Requirement("threading", null, null));
        assertNull(r.problem());
        assertEquals("import eventlet\neventlet.monkey_patch()\n\nimport threading\n\nfrom app import service\n\n\ndef main():\n"
                + "    threading.Thread(target=service.run).start()\n", r.text());
    }

    @Test
    void anAddedImportJoinsTheStandardLibraryGroupAfterAConditionalPatch() {
        String original = "import os\n\nimport eventlet\n\nif os.environ.get('GREEN'):\n    eventlet.monkey_patch()\n\nimport sys\n\n"
                + "eventlet.sleep(sys.maxsize)\n";
        ImportFixer.Result r = fix(original,
                "import os\n\nimport eventlet\n\nif os.environ.get('GREEN'):\n    eventlet.monkey_patch()\n\nimport sys\n\n"
                        + "time.sleep(sys.maxsize)\n", new Requirement("time", null, null));
        assertNull(r.problem());
        assertEquals("import os\n\nimport eventlet\n\nif os.environ.get('GREEN'):\n    eventlet.monkey_patch()\n\nimport sys\nimport time\n\n"
                + "time.sleep(sys.maxsize)\n", r.text());
    }

    @Test
    void withoutMonkeyPatchingTheImportGoesToTheTop() {
        ImportFixer.Result r = fix("import eventlet\n\nfrom app import service\n\neventlet.sleep(1)\n",
                "import eventlet\n\nfrom app import service\n\ntime.sleep(1)\n", new Requirement("time", null, null));
        assertEquals("import time", r.text().lines().findFirst().orElse(""), r.text());
    }

    @Test
    void twoNeighbouringNamesThatTheRewriteLeftUnusedGoTogether() {
        ImportFixer.Result r = fix(
                "from eventlet import hubs, spawn, sleep\n\nhubs.use_hub()\nspawn(f)\nsleep(1)\n",
                "from eventlet import hubs, spawn, sleep\n\nhubs.use_hub()\nthreading.Thread(target=f).start()\ntime.sleep(1)\n",
                new Requirement("threading", null, null), new Requirement("time", null, null));
        assertNull(r.problem());
        assertEquals("import threading\nimport time\n\nfrom eventlet import hubs\n\nhubs.use_hub()\nthreading.Thread(target=f).start()\ntime.sleep(1)\n",
                r.text());
    }

    @Test
    void theLeadingNameAndTheOneAfterItGoTogether() {
        ImportFixer.Result r = fix(
                "from eventlet import spawn, sleep, hubs\n\nhubs.use_hub()\nspawn(f)\nsleep(1)\n",
                "from eventlet import spawn, sleep, hubs\n\nhubs.use_hub()\nthreading.Thread(target=f).start()\ntime.sleep(1)\n",
                new Requirement("threading", null, null), new Requirement("time", null, null));
        assertEquals("import threading\nimport time\n\nfrom eventlet import hubs\n\nhubs.use_hub()\nthreading.Thread(target=f).start()\ntime.sleep(1)\n",
                r.text());
    }
}
