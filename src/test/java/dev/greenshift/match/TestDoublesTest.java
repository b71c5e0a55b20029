package dev.greenshift.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.greenshift.names.NameTable;
import dev.greenshift.syntax.Module;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which test doubles a module has, and what each targets, as the one resolver reads their module
 * arguments: "target [stand-in...]" per double.
 */
class TestDoublesTest {

    private static List<String> doubles(String source) {
        Module module = Module.parse(source);
        return TestDoubles.of(module, NameTable.of(module)).stream()
                .map(d -> d.target() + (d.object() ? " (object)" : "")
                        + d.standIns().stream().map(s -> " [" + source.substring(s.start(), s.end()) + "]").reduce("", String::concat))
                .toList();
    }

    @Test
    void aStringTargetAndAModuleArgumentResolvedThroughItsImport() {
        assertEquals(List.of("eventlet.sleep", "eventlet.greenthread.sleep (object)", "eventlet.tpool.execute (object) [fake]"),
                doubles("""
                        from unittest import mock
                        import eventlet as ev
                        from eventlet import tpool

                        mock.patch('eventlet.sleep')
                        mock.patch.object(ev.greenthread, 'sleep')
                        mock.patch.object(tpool, "execute", fake)
                        """));
    }

    @Test
    void standInsAreTheReplacementArgumentAndTheKeywordsThatRunInstead() {
        assertEquals(List.of("time.sleep (object) [lambda s: eventlet.sleep(0)]", "eventlet.sleep [new_sleep]",
                        "eventlet.sleep [print] [wraps_me]"),
                doubles("""
                        import time
                        from unittest import mock

                        mock.patch.object(time, 'sleep', side_effect=lambda s: eventlet.sleep(0))
                        mock.patch('eventlet.sleep', new_sleep)
                        mock.patch('eventlet.sleep', side_effect=print, wraps=wraps_me, autospec=True)
                        """));
    }

    @Test
    void aModuleArgumentThatNoImportBindsHasNoTargetAndOtherCallsAreNoDoubles() {
        assertEquals(List.of("null (object)"), doubles("""
                from unittest import mock


                def test(eventlet):
                    mock.patch.object(eventlet, 'sleep')
                    getattr(eventlet, 'sleep')
                    mock.patch.dict('os.environ', {})
                """));
    }

    @Test
    void theBaseTestClassHelperMockObjectPatchesAModuleAttribute() {
        assertEquals(List.of("eventlet.sleep (object)", "eventlet.greenthread.sleep (object)"), doubles("""
                import eventlet
                from eventlet import greenthread


                class TestDriver(test.TestCase):
                    def setUp(self):
                        self.mock_object(eventlet, 'sleep')
                        self.mock_object(greenthread, 'sleep', return_value=None)
                """));
    }

    @Test
    void calleesAreToldApartWhateverTheirCaseAndOtherCapitalisedCallsAreNoDoubles() {
        // fixtures' MockPatch and MockPatchObject, pytest's monkeypatch, nova's stub_out; assertEqual and Popen are no doubles.
        assertEquals(List.of("eventlet.sleep [fake]", "eventlet.sleep (object) [fake]", "eventlet.sleep (object) [fake]",
                        "eventlet.sleep [fake]", "eventlet.sleep [fake]"),
                doubles("""
                        import eventlet
                        import fixtures


                        def test(self, monkeypatch):
                            self.useFixture(fixtures.MockPatch('eventlet.sleep', fake))
                            self.useFixture(fixtures.MockPatchObject(eventlet, 'sleep', fake))
                            monkeypatch.setattr(eventlet, 'sleep', fake)
                            monkeypatch.setattr('eventlet.sleep', fake)
                            self.stub_out('eventlet.sleep', fake)
                            self.assertEqual('eventlet.sleep', fake)
                            subprocess.Popen('eventlet.sleep', fake)
                        """));
    }
}
