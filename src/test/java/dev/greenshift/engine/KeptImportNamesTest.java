package dev.greenshift.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code from eventlet import sleep} becomes {@code from time import sleep} where every call reads
 * the same through the new name, so the module keeps the attribute that tests patch
 * ({@code 'pkg.worker.sleep'}); a use that reads differently is written through the kept name
 * ({@code sleep()} as {@code sleep(0)}); one left green keeps the Eventlet import.
 */
class KeptImportNamesTest {

    @Test
    void aFromImportOfSleepMovesToTimeAndTheCallsStay() {
        assertEquals("""
                from time import sleep


                def pause(seconds):
                    sleep(seconds)
                """, Rewritten.of("""
                from eventlet import sleep


                def pause(seconds):
                    sleep(seconds)
                """).text());
    }

    @Test
    void anAliasStaysAnAliasAndOtherNamesOfTheStatementStay() {
        assertEquals("""
                from time import sleep as nap

                from eventlet import greenio


                def pause(sock):
                    greenio.shutdown_safe(sock)
                    nap(1)
                """, Rewritten.of("""
                from eventlet import sleep as nap, greenio


                def pause(sock):
                    greenio.shutdown_safe(sock)
                    nap(1)
                """).text());
    }

    @Test
    void aCallThatReadsDifferentlyIsWrittenThroughTheKeptName() {
        assertEquals("""
                from time import sleep


                def pause(pool):
                    sleep(1)
                    sleep(0)
                    pool.spawn(lambda seconds=0: sleep(seconds))
                """, Rewritten.of("""
                from eventlet import sleep


                def pause(pool):
                    sleep(1)
                    sleep()
                    pool.spawn(sleep)
                """).text());
    }

    @Test
    void aSleepInsideATimeoutBlockKeepsTheEventletImport() {
        String text = Rewritten.of("""
                import eventlet
                from eventlet import sleep


                def pause():
                    sleep(1)
                    with eventlet.Timeout(5):
                        sleep(10)
                """).text();
        assertEquals(true, text.contains("from eventlet import sleep"), text);
    }

    @Test
    void testTargetsThroughModulesThatKeepTheNameStay(@TempDir Path project) throws Exception {
        Path pkg = Files.createDirectories(project.resolve("pkg"));
        Files.writeString(pkg.resolve("__init__.py"), "");
        Files.writeString(pkg.resolve("worker.py"), """
                from eventlet import sleep


                def pause(seconds):
                    sleep(seconds)
                """);
        Files.writeString(pkg.resolve("other.py"), """
                from eventlet import sleep


                def yield_now():
                    sleep()
                """);
        Files.writeString(pkg.resolve("test_worker.py"), """
                from unittest import mock

                from pkg import other
                from pkg import worker


                @mock.patch('pkg.worker.sleep')
                def test_pause(sleep):
                    worker.pause(3)
                    sleep.assert_called_once_with(3)


                @mock.patch('pkg.other.sleep')
                def test_yield(sleep):
                    other.yield_now()
                """);
        List<FileResult> results = Migration.run(new Engine(Rewritten.pack()), List.of(project), dev.greenshift.source.Selection.DEFAULT,
                false, dev.greenshift.world.World.NATIVE).results();
        Map<String, String> outputs = results.stream().collect(Collectors.toMap(r -> r.file().path().getFileName().toString(), FileResult::output));
        assertEquals("""
                from unittest import mock

                from pkg import other
                from pkg import worker


                @mock.patch('pkg.worker.sleep')
                def test_pause(sleep):
                    worker.pause(3)
                    sleep.assert_called_once_with(3)


                @mock.patch('pkg.other.sleep')
                def test_yield(sleep):
                    other.yield_now()
                """, outputs.get("test_worker.py"));
    }
}
