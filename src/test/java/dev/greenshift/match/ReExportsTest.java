package dev.greenshift.match;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * swift.common.utils re-exports eventlet's {@code sleep} and {@code Queue}: a file is worth
 * rewriting for them only if it reaches one of those names through that module.
 */
class ReExportsTest {
    private final ReExports reExports = ReExports.of(Set.of("swift.common.utils.sleep", "swift.common.utils.Queue"));

    @Test
    void aFileReachingTheNameThroughTheModuleIsACandidate() {
        assertTrue(reExports.foundIn("from swift.common import utils\nutils.sleep(1)\n"));
        assertTrue(reExports.foundIn("from swift.common.utils import sleep\n"));
        assertTrue(reExports.foundIn("from swift.common.utils import (\n    json,\n    Queue,\n)\n"));
        assertTrue(reExports.foundIn("from .utils import *\nQueue()\n"), "a star import reaches every name");
        assertTrue(reExports.foundIn("import swift.common.utils as u\nu.sleep(1)\n"), "through an alias, any mention counts");
        assertTrue(ReExports.of(Set.of("swift.common.sleep")).foundIn("from .. import sleep\n"),
                "a package's __init__ re-exports to its modules by relative import");
    }

    @Test
    void aFileNamingBothWordsApartIsNot() {
        // Before, any file with the words 'utils' and 'sleep' was parsed and rewritten in every round.
        assertFalse(reExports.foundIn("from oslo_utils import timeutils\nimport time\ntime.sleep(1)\n"));
        assertFalse(reExports.foundIn("from swift.common.utils import json\nfrom queue import Queue\n"));
        assertFalse(reExports.foundIn("import eventlet\n"), "the library itself is the engine's other filter");
        assertFalse(ReExports.NONE.foundIn("utils.sleep(1)"));
    }

    @Test
    void theModuleIsLookedForWhereItsNameIsWrittenEachTimeItIs() {
        // Before: the pattern was tried at every character. After: only where 'utils' starts; the same answers.
        assertTrue(reExports.foundIn("utils.sleep(1)\n"), "at the very start");
        assertTrue(reExports.foundIn("from oslo_utils import x\nimport utils as u\nu.sleep(1)\n"), "a later mention reaches when an earlier one does not");
        assertTrue(reExports.foundIn("myutils.sleep(0)\nutils . Queue()\n"));
        assertFalse(reExports.foundIn("myutils.sleep(0)\nutils.sleepy()\nutils\n"));
        assertFalse(reExports.foundIn("sleep = utils"), "the module's name last, nothing after it");
    }
}
