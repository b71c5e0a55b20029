package dev.greenshift.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A double of a whole test class (a class decorator, or a patch that setUp starts) is in force in
 * every test of the class, and of the classes that inherit its setUp: a rewrite that makes it patch
 * what a test's own double patches is reported, not made, with the line of that other double.
 * Doubles of different tests still follow the rewrite.
 */
class ClassLevelDoublesTest {

    private static final String PAUSE = """
            from unittest import mock

            import eventlet


            def pause():
                eventlet.sleep(1)


            """;

    @Test
    void aClassDecoratorAndAMethodDecoratorWouldPatchOneTargetTwice() {
        String before = PAUSE + """
                @mock.patch('eventlet.sleep')
                class TestPause(unittest.TestCase):
                    @mock.patch('time.sleep')
                    def test_pause(self, time_sleep, eventlet_sleep):
                        pause()
                        eventlet_sleep.assert_called_once_with(1)
                """;
        Rewritten r = Rewritten.of(before);
        assertTrue(r.text().contains("@mock.patch('eventlet.sleep')\nclass TestPause"), r.text());
        assertEquals("10 eventlet-mock-targets: not rewritten: this test would then patch time.sleep twice (line 12 patches it too),"
                + " and the inner double would hide the outer one from the code under test; keep one double of time.sleep for"
                + " both, then run again", r.notes());
    }

    @Test
    void aPatchThatSetUpStartsAndAMethodDecoratorWouldPatchOneTargetTwice() {
        String before = PAUSE + """
                class TestPause(unittest.TestCase):
                    def setUp(self):
                        p = mock.patch('eventlet.sleep')
                        self.sleep = p.start()
                        self.addCleanup(p.stop)

                    @mock.patch('time.sleep')
                    def test_pause(self, time_sleep):
                        pause()
                        self.sleep.assert_called_once_with(1)
                """;
        Rewritten r = Rewritten.of(before);
        assertTrue(r.text().contains("p = mock.patch('eventlet.sleep')"), r.text());
        assertTrue(r.notes().startsWith("12 eventlet-mock-targets: not rewritten: this test would then patch time.sleep twice (line 16"),
                r.notes());
    }

    @Test
    void aFixtureThatSetUpUsesAndAWithBlockOfATestWouldPatchOneTargetTwice() {
        String before = PAUSE + """
                class TestPause(testtools.TestCase):
                    def setUp(self):
                        super().setUp()
                        self.sleep = self.useFixture(fixtures.MockPatch('eventlet.sleep')).mock

                    def test_pause(self):
                        with mock.patch('time.sleep'):
                            pause()
                        self.sleep.assert_called_once_with(1)
                """;
        Rewritten r = Rewritten.of(before);
        assertTrue(r.text().contains("fixtures.MockPatch('eventlet.sleep')"), r.text());
        assertTrue(r.notes().startsWith("13 eventlet-mock-targets: not rewritten: this test would then patch time.sleep twice (line 16"),
                r.notes());
    }

    @Test
    void theSetUpOfABaseClassIsInForceInTheTestsOfItsSubclass() {
        String before = PAUSE + """
                class Base(unittest.TestCase):
                    def setUp(self):
                        self.sleep = mock.patch.object(eventlet, 'sleep').start()


                class TestPause(Base):
                    @mock.patch('time.sleep')
                    def test_pause(self, time_sleep):
                        pause()
                """;
        Rewritten r = Rewritten.of(before);
        assertTrue(r.text().contains("mock.patch.object(eventlet, 'sleep').start()"), r.text());
        assertTrue(r.notes().startsWith("12 eventlet-mock-targets: not rewritten: this test would then patch time.sleep twice (line 16"),
                r.notes());
    }

    @Test
    void twoPatchesThatSetUpStartsWouldPatchOneTargetTwice() {
        String before = PAUSE + """
                class TestPause(unittest.TestCase):
                    @classmethod
                    def setUpClass(cls):
                        mock.patch('time.sleep').start()
                        cls.stub_out('eventlet.sleep', lambda seconds: None)

                    def test_pause(self):
                        pause()
                """;
        Rewritten r = Rewritten.of(before);
        assertTrue(r.text().contains("cls.stub_out('eventlet.sleep'"), r.text());
        assertTrue(r.notes().startsWith("14 eventlet-mock-targets: not rewritten: this test would then patch time.sleep twice (line 13"),
                r.notes());
    }

    @Test
    void doublesOfTwoTestClassesOrOfTwoTestsFollowTheRewrite() {
        Rewritten r = Rewritten.of(PAUSE + """
                @mock.patch('eventlet.sleep')
                class TestPause(unittest.TestCase):
                    def test_pause(self, sleep):
                        pause()


                class TestRest(unittest.TestCase):
                    def setUp(self):
                        self.useFixture(fixtures.MockPatch('eventlet.sleep'))

                    def test_rest(self):
                        pause()


                class TestOther(unittest.TestCase):
                    @mock.patch('time.sleep')
                    def test_other(self, sleep):
                        pause()

                    def test_again(self):
                        with mock.patch('eventlet.sleep'):
                            pause()
                """);
        assertEquals(4, r.text().split("'time.sleep'", -1).length - 1, r.text());
        assertEquals(0, r.text().split("'eventlet.sleep'", -1).length - 1, r.text());
        assertTrue(!r.notes().contains("twice"), r.notes());
    }

    @Test
    void twoDoublesThatPatchedOneTargetAlreadyFollowTheRewriteTogether() {
        Rewritten r = Rewritten.of(PAUSE + """
                class TestPause(unittest.TestCase):
                    def setUp(self):
                        self.sleep = mock.patch('eventlet.sleep').start()

                    @mock.patch('eventlet.sleep')
                    def test_pause(self, sleep):
                        pause()
                """);
        assertEquals(2, r.text().split("'time.sleep'", -1).length - 1, r.text());
        assertTrue(!r.notes().contains("twice"), r.notes());
    }
}
