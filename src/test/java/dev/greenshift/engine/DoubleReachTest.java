package dev.greenshift.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.greenshift.world.World;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test double follows the code it stands in for only when the run rewrote every use of the
 * patched name that the test reaches: the module under test and the classes it builds on. A use
 * left green there (a flag, a world that holds the recipe back) keeps the double and reports it.
 */
class DoubleReachTest {
    @TempDir
    Path dir;

    private Migration.Outcome run(Map<String, String> files) {
        return ProjectFixture.run(dir, files, World.PATCHED);
    }

    private static FileResult result(Migration.Outcome o, String suffix) {
        return ProjectFixture.result(o, suffix);
    }

    /** A base class whose retry sleeps under a Timeout (left green), a driver, and the driver's test. */
    private static Map<String, String> project(String driverClass) {
        Map<String, String> files = new TreeMap<>();
        files.put("app/__init__.py", "");
        files.put("app/base.py", """
                import eventlet


                class BaseDriver(object):
                    def run_with_retry(self, command):
                        with eventlet.Timeout(30):
                            while not command():
                                eventlet.sleep(1)
                """);
        files.put("app/driver.py", """
                import eventlet

                from app import base


                class %s:
                    def wait_ready(self, api):
                        while not api.ready():
                            eventlet.sleep(2)
                """.formatted(driverClass));
        files.put("app/tests/__init__.py", "");
        files.put("app/tests/test_driver.py", """
                from unittest import mock

                from app import driver


                @mock.patch('eventlet.sleep')
                def test_wait_ready(sleep):
                    driver.Driver().wait_ready(mock.Mock())
                """);
        return files;
    }

    @Nested
    class ADoubleOfARewrittenName {
        @Test
        void followsTheCodeWhenEverythingItReachesWasRewritten() throws IOException {
            Migration.Outcome o = run(project("Driver(object)"));
            assertTrue(result(o, "app/driver.py").output().contains("time.sleep(2)"));
            assertTrue(result(o, "test_driver.py").output().contains("@mock.patch('time.sleep')"), result(o, "test_driver.py").output());
        }

        @Test
        void staysAndIsReportedWhenTheBaseClassOfTheCodeUnderTestKeepsTheName() throws IOException {
            Migration.Outcome o = run(project("Driver(base.BaseDriver)"));
            FileResult test = result(o, "test_driver.py");
            assertTrue(result(o, "app/driver.py").output().contains("time.sleep(2)"));
            assertTrue(test.output().contains("@mock.patch('eventlet.sleep')"), test.output());
            assertEquals(List.of("patches eventlet.sleep, which this run did not rewrite everywhere this test reaches"),
                    test.findings().stream().map(Finding::message).toList());
        }
    }

    @Nested
    class ClassBases {
        @Test
        void aBaseSpelledThroughItsModuleOrImportedByNameCounts() {
            assertTrue(DoubleReach.subclassesFrom("from app import san\n\n\nclass D(san.SanDriver):\n    pass\n", "app.san"));
            assertTrue(DoubleReach.subclassesFrom("from app.san import SanDriver\n\n\nclass D(driver.X, SanDriver):\n    pass\n", "app.san"));
        }

        @Test
        void aModuleOnlyImportedIsNoBase() {
            assertFalse(DoubleReach.subclassesFrom("from app import san\n\n\nclass D(object):\n    x = san.SanDriver\n", "app.san"));
        }
    }
}
