package dev.greenshift.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Test doubles follow the code they patch, before and after side by side: a module passed as an
 * argument ({@code patch.object(eventlet, 'sleep')}) follows like a string target, a target with
 * no equivalent is reported, and a rewrite that would make a double call itself or patch one
 * target twice is reported instead of made.
 */
class TestDoublesRewriteTest {

    @Test
    void aModulePassedToPatchObjectFollowsTheRewrittenCall() {
        Rewritten r = Rewritten.of("""
                from unittest import mock

                import eventlet


                def pause():
                    eventlet.sleep(1)


                @mock.patch.object(eventlet, 'sleep')
                def test_pause(sleep):
                    pause()
                    sleep.assert_called_once_with(1)
                """);
        assertEquals("""
                import time
                from unittest import mock


                def pause():
                    time.sleep(1)


                @mock.patch.object(time, 'sleep')
                def test_pause(sleep):
                    pause()
                    sleep.assert_called_once_with(1)
                """, r.text());
    }

    @Test
    void aGreenthreadModuleArgumentIsResolvedThroughItsImportAndKeepsItsQuotesAndLayout() {
        Rewritten r = Rewritten.of("""
                import time
                from unittest import mock

                from eventlet import greenthread


                def pause():
                    greenthread.sleep(1)


                def test_pause():
                    with mock.patch.object(greenthread,
                                           "sleep") as sleep:
                        pause()
                    assert time
                """);
        assertEquals("""
                import time
                from unittest import mock


                def pause():
                    time.sleep(1)


                def test_pause():
                    with mock.patch.object(time,
                                           "sleep") as sleep:
                        pause()
                    assert time
                """, r.text());
    }

    @Test
    void aLocalNamedLikeAModuleArgumentIsNotPatched() {
        Rewritten r = Rewritten.of("""
                from unittest import mock

                import eventlet


                def test_pause():
                    eventlet = object()
                    with mock.patch.object(eventlet, 'sleep'):
                        pass
                """);
        assertTrue(r.text().contains("mock.patch.object(eventlet, 'sleep')"), r.text());
        assertEquals("", r.notes());
    }

    @Test
    void aTpoolTargetIsReportedWithItsReason() {
        Rewritten r = Rewritten.of("""
                from unittest import mock

                from eventlet import tpool


                @mock.patch.object(tpool, 'execute')
                def test_read(execute):
                    assert execute
                """);
        assertEquals("6 eventlet-mock-targets: patches eventlet.tpool.execute, which this run did not rewrite everywhere this test reaches", r.notes());
    }

    @Test
    void aStandInThatWouldCallTheDoubleItPatchesIsLeftAndReported() {
        String before = """
                import time
                from unittest import mock

                import eventlet


                @mock.patch.object(time, 'sleep', side_effect=lambda s: eventlet.sleep(0))
                def test_yield(sleep):
                    time.sleep(5)
                """;
        Rewritten r = Rewritten.of(before);
        assertEquals(before, r.text());
        assertTrue(r.notes().startsWith("7 eventlet-sleep: not rewritten: this code stands in for time.sleep in the test double at line 7"),
                r.notes());
    }

    @Test
    void aStandInForAnotherTargetIsRewritten() {
        Rewritten r = Rewritten.of("""
                import os
                from unittest import mock

                import eventlet


                @mock.patch.object(os, 'fsync', side_effect=lambda fd: eventlet.sleep(0))
                def test_flush(fsync):
                    os.fsync(1)
                """);
        assertTrue(r.text().contains("side_effect=lambda fd: time.sleep(0))"), r.text());
    }

    @Test
    void aStringTargetWhoseRewriteAnotherDoubleOfTheTestAlreadyPatchesIsReported() {
        String before = """
                from unittest import mock

                import eventlet


                def pause():
                    eventlet.sleep(1)


                @mock.patch('eventlet.sleep')
                @mock.patch('time.sleep')
                def test_pause(time_sleep, eventlet_sleep):
                    pause()
                """;
        Rewritten r = Rewritten.of(before);
        assertTrue(r.text().contains("@mock.patch('eventlet.sleep')"), r.text());
        assertTrue(r.notes().contains("10 eventlet-mock-targets: not rewritten: this test would then patch time.sleep twice (line 11"),
                r.notes());
    }

    @Test
    void theSameTargetInTwoTestsIsNoTwin() {
        Rewritten r = Rewritten.of("""
                from unittest import mock

                import eventlet


                def pause():
                    eventlet.sleep(1)


                @mock.patch('eventlet.sleep')
                def test_one(sleep):
                    pause()


                @mock.patch('time.sleep')
                def test_two(sleep):
                    pause()
                """);
        assertTrue(r.text().contains("@mock.patch('time.sleep')\ndef test_one"), r.text());
    }

    @Test
    void aWithBlockInsideADecoratedTestIsInForceWithTheDecorator() {
        Rewritten r = Rewritten.of("""
                from unittest import mock

                import eventlet


                def pause():
                    eventlet.sleep(1)


                @mock.patch('time.sleep')
                def test_pause(time_sleep):
                    with mock.patch('eventlet.sleep') as sleep:
                        pause()
                    sleep.assert_called_once_with(1)
                """);
        assertTrue(r.text().contains("with mock.patch('eventlet.sleep') as sleep:"), r.text());
        assertTrue(r.notes().startsWith("12 eventlet-mock-targets: not rewritten: this test would then patch time.sleep twice (line 10"),
                r.notes());
    }

    @Test
    void twoWithBlocksOneAfterTheOtherAreNoTwins() {
        Rewritten r = Rewritten.of("""
                from unittest import mock

                import eventlet


                def pause():
                    eventlet.sleep(1)


                def test_pause():
                    with mock.patch('time.sleep'):
                        pause()
                    with mock.patch('eventlet.sleep'):
                        pause()
                """);
        assertTrue(r.text().contains("    with mock.patch('time.sleep'):\n        pause()\n    with mock.patch('time.sleep'):"), r.text());
    }
}
