package dev.greenshift.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.greenshift.syntax.Module;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * What a name refers to, Python's way. In each source the name right after {@code ^} is the one
 * asked about (the caret is removed before parsing).
 */
class NameTableTest {

    /** The binding the name after '^' sees, in words: "import X", "optional import X", "local", "ambiguous [..]", "unbound". */
    static String bindingOf(String source) {
        return bindingOf(source, ModuleLocation.UNKNOWN);
    }

    static String bindingOf(String source, ModuleLocation location) {
        int caret = source.indexOf('^');
        Module module = Module.parse(source.substring(0, caret) + source.substring(caret + 1));
        NameTable names = NameTable.of(module, location);
        return describe(names.lookup(tokenAt(module, caret)));
    }

    /** Whether module {@code moduleName} can be written as {@code name} where the '^' is. */
    static boolean freeAt(String source, String name, String moduleName) {
        int caret = source.indexOf('^');
        Module module = Module.parse(source.substring(0, caret) + source.substring(caret + 1));
        return NameTable.of(module).isFreeFor(name, moduleName, tokenAt(module, caret));
    }

    static int tokenAt(Module module, int offset) {
        for (int i = 0; i < module.tokens().size(); i++) {
            if (module.tokens().get(i).offset() == offset && !module.tokens().get(i).text().isEmpty()) {
                return i;
            }
        }
        throw new AssertionError("no token at " + offset);
    }

    static String describe(Binding b) {
        if (b == null) {
            return "unbound";
        }
        if (b instanceof Binding.Imported i) {
            return (i.optional() ? "optional import " : "import ") + i.qualified();
        }
        if (b instanceof Binding.Ambiguous a) {
            return "ambiguous " + new TreeSet<>(a.imported());
        }
        return "local";
    }

    // ---- functions: a name bound anywhere in a function is local to all of it ----

    @Test
    void anAssignmentInAFunctionMakesTheNameLocalEvenOnItsOwnRightHandSide() {
        assertEquals("local", bindingOf("""
                import queue

                def drain():
                    q = ^queue.Queue()
                    queue = q
                """));
    }

    @Test
    void theModuleStillSeesItsImportWhenAFunctionShadowsIt() {
        assertEquals("import queue", bindingOf("""
                import queue

                def drain():
                    queue = 1

                ^queue.Queue()
                """));
    }

    @Test
    void parametersLoopVariablesAndExceptOrWithTargetsAreLocal() {
        assertEquals("local", bindingOf("import time\ndef pause(time=0.01):\n    sleep(^time)\n"));
        assertEquals("local", bindingOf("import queue\ndef f(names):\n    for queue in names:\n        print(^queue)\n"));
        assertEquals("local", bindingOf("import socket\ndef f():\n    try:\n        pass\n    except OSError as socket:\n        ^socket\n"));
        assertEquals("local", bindingOf("import time\ndef f():\n    with open('x') as time:\n        ^time\n"));
    }

    @Test
    void anImportOrADelInsideAFunctionIsLocalToIt() {
        assertEquals("import eventlet", bindingOf("def f():\n    import eventlet\n    ^eventlet.sleep()\n"));
        assertEquals("unbound", bindingOf("def f():\n    import eventlet\n^eventlet.sleep()\n"));
        assertEquals("local", bindingOf("import time\ndef f():\n    ^time.sleep(1)\n    del time\n"));
    }

    @Test
    void globalSendsTheBindingToTheModuleAndNonlocalToTheEnclosingFunction() {
        assertEquals("ambiguous [queue]", bindingOf("""
                import queue

                def reset():
                    global queue
                    queue = []

                ^queue
                """));
        assertEquals("local", bindingOf("""
                import time

                def outer():
                    time = 0
                    def inner():
                        nonlocal time
                        time = 1
                    return ^time
                """));
    }

    // ---- classes, lambdas, comprehensions ----

    @Test
    void aClassBodyDoesNotLeakIntoItsMethods() {
        assertEquals("import time", bindingOf("""
                import time

                class Clock:
                    time = 0

                    def tick(self):
                        ^time.sleep(1)
                """));
        assertEquals("local", bindingOf("import time\nclass Clock:\n    time = 0\n    x = ^time\n"));
    }

    @Test
    void lambdaParametersAndComprehensionTargetsAreScopesOfTheirOwn() {
        assertEquals("local", bindingOf("import time\ndelay = lambda time: ^time * 2\n"));
        assertEquals("import time", bindingOf("import time\ndelay = lambda t: t * 2\n^time.sleep(1)\n"));
        assertEquals("local", bindingOf("import queue\nsizes = [^queue.qsize() for queue in queues]\n"));
        assertEquals("import queue", bindingOf("import queue\nsizes = [q.qsize() for q in queues]\n^queue.Queue()\n"));
        assertEquals("local", bindingOf("import queue\nsizes = {k: [^queue for queue in v] for k, v in d.items()}\n"));
    }

    @Test
    void aComprehensionInAClassBodyDoesNotSeeTheClassNames() {
        assertEquals("import time", bindingOf("import time\nclass A:\n    time = 0\n    xs = [^time for _ in range(3)]\n"));
    }

    // ---- imports: relative, optional, ambiguous ----

    @Test
    void relativeImportsResolveToTheProjectsModules() {
        ModuleLocation worker = new ModuleLocation("pkg.worker", false);
        assertEquals("import pkg.green.sleep", bindingOf("from .green import sleep\n^sleep(1)\n", worker));
        assertEquals("import pkg.green", bindingOf("from . import green\n^green.sleep(1)\n", worker));
        assertEquals("import pkg.utils.spawn", bindingOf("from ..utils import spawn\n^spawn(f)\n", new ModuleLocation("pkg.sub.mod", false)));
        assertEquals("import pkg.sub.spawn", bindingOf("from .sub import spawn\n^spawn(f)\n", new ModuleLocation("pkg", true)));
        assertEquals("import .green.sleep", bindingOf("from .green import sleep\n^sleep(1)\n"));
    }

    @Test
    void anOptionalImportIsTheModuleWhereverItIsUsed() {
        assertEquals("optional import eventlet", bindingOf("""
                try:
                    import eventlet
                except ImportError:
                    eventlet = None

                def pause():
                    if eventlet is not None:
                        ^eventlet.sleep(0.1)
                """));
    }

    @Test
    void twoDifferentImportsOrAnImportAndAValueAreAmbiguousButKeepWhatTheImportsBind() {
        assertEquals("ambiguous [eventlet.sleep, time.sleep]", bindingOf("""
                try:
                    from eventlet import sleep
                except ImportError:
                    from time import sleep
                ^sleep(1)
                """));
        assertEquals("ambiguous [eventlet]", bindingOf("import eventlet\neventlet = make()\n^eventlet.sleep()\n"));
    }

    // ---- the rewrite's question: may a new module name be written here? ----

    @Test
    void aModuleNameIsFreeWhereNothingBindsItOrItsOwnImportDoes() {
        assertTrue(freeAt("import eventlet\ndef f():\n    ^eventlet.sleep()\n", "time", "time"));
        assertTrue(freeAt("import time\ndef f():\n    ^eventlet.sleep()\n", "time", "time"));
        assertFalse(freeAt("from time import time\ndef f():\n    ^eventlet.sleep()\n", "time", "time"));
    }

    @Test
    void aModuleNameIsNotFreeWhereALocalOfThatNameIsInScope() {
        assertFalse(freeAt("def drain():\n    queue = ^eventlet.queue.Queue()\n", "queue", "queue"));
        assertFalse(freeAt("def pause(time=0.01):\n    ^eventlet.sleep(time)\n", "time", "time"));
        assertFalse(freeAt("def loop(names):\n    for queue in names:\n        ^eventlet.queue.Queue().put(queue)\n", "queue", "queue"));
        assertTrue(freeAt("def pause(time=0.01):\n    pass\ndef other():\n    ^eventlet.sleep(1)\n", "time", "time"));
        assertTrue(freeAt("def drain():\n    queue = ^eventlet.queue.Queue()\n", "_queue", "queue"));
    }
}
