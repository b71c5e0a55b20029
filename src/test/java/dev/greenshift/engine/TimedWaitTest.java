package dev.greenshift.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@code gt.wait()} bounded by a Timeout, once the green thread becomes a Future: the Timeout's
 * expiry becomes the Future's, and what escapes is stated exactly; where an except clause around
 * it would tell the Timeout from TimeoutError, nothing of the handle is rewritten and one note says why.
 */
class TimedWaitTest {

    @Test
    void aTimeoutThatRaisesItselfBecomesResultWithATimeout() {
        Rewritten r = Rewritten.of("""
                import eventlet


                def fetch(url):
                    gt = eventlet.spawn(download, url)
                    with eventlet.Timeout(5):
                        body = gt.wait()
                    return body
                """);
        assertEquals("""
                import concurrent.futures


                def fetch(url):
                    gt = concurrent.futures.ThreadPoolExecutor(max_workers=1).submit(
                        download, url)
                    body = gt.result(timeout=5)
                    return body
                """, r.text());
        assertTrue(r.notes().contains("6 eventlet-spawn: wait() under the Timeout became result(timeout=5): on expiry it raises"
                + " concurrent.futures.TimeoutError (an Exception) where Eventlet raised the Timeout (a BaseException)"), r.notes());
        assertEquals(0, r.notesOf("eventlet-timeout"), "the Timeout is gone, no note on it:\n" + r.notes());
    }

    @Test
    void aSilentTimeoutWaitsForTheFutureAndRaisesNothingOnExpiry() {
        Rewritten r = Rewritten.of("""
                import eventlet


                def probe(host, timeout):
                    gt = eventlet.spawn(ping, host)
                    alive = False
                    with eventlet.Timeout(timeout, False):
                        alive = gt.wait()
                    return alive
                """);
        assertEquals("""
                import concurrent.futures


                def probe(host, timeout):
                    gt = concurrent.futures.ThreadPoolExecutor(max_workers=1).submit(
                        ping, host)
                    alive = False
                    if concurrent.futures.wait([gt], timeout=timeout).done:
                        alive = gt.result()
                    return alive
                """, r.text());
    }

    @Test
    void aTimeoutWithItsOwnErrorRaisesThatErrorOnExpiry() {
        Rewritten r = Rewritten.of("""
                from eventlet import spawn
                from eventlet.timeout import Timeout


                def boot(server):
                    gt = spawn(server.start)
                    with Timeout(30, RuntimeError("server did not start")):
                        return gt.wait()
                """);
        assertEquals("""
                import concurrent.futures


                def boot(server):
                    gt = concurrent.futures.ThreadPoolExecutor(max_workers=1).submit(
                        server.start)
                    if not concurrent.futures.wait([gt], timeout=30).done:
                        raise RuntimeError("server did not start")
                    return gt.result()
                """, r.text());
    }

    @Test
    void anExceptThatCatchesTheTimeoutKeepsTheGreenThread() {
        String before = """
                import eventlet


                def fetch(url):
                    gt = eventlet.spawn(download, url)
                    try:
                        with eventlet.Timeout(5):
                            return gt.wait()
                    except eventlet.Timeout:
                        return None
                """;
        Rewritten r = Rewritten.of(before);
        assertTrue(r.text().contains("gt = eventlet.spawn(download, url)\n"), r.text());
        assertTrue(r.text().contains("            return gt.wait()\n"), r.text());
        assertTrue(r.notes().contains("5 eventlet-spawn: not rewritten: gt.wait() (line 8) waits under a Timeout with no thread"
                + " equivalent here: the Timeout at line 7 raises itself, and the except at line 9 catches it"), r.notes());
    }

    @Test
    void anExceptExceptionWouldNewlyCatchTheTimeoutError() {
        Rewritten r = Rewritten.of("""
                import eventlet


                def fetch(url):
                    gt = eventlet.spawn(download, url)
                    try:
                        with eventlet.Timeout(5):
                            return gt.wait()
                    except Exception:
                        return None
                """);
        assertTrue(r.text().contains("gt = eventlet.spawn(download, url)\n"), r.text());
        assertTrue(r.notes().contains("the except at line 9 would catch the TimeoutError that result(timeout=) raises"), r.notes());
    }

    @Test
    void anExceptThatCatchesBothIsNoObstacle() {
        Rewritten r = Rewritten.of("""
                import eventlet


                def fetch(url):
                    gt = eventlet.spawn(download, url)
                    try:
                        with eventlet.Timeout(5):
                            return gt.wait()
                    except (Exception, eventlet.Timeout):
                        return None
                """);
        assertTrue(r.text().contains("        return gt.result(timeout=5)\n    except (Exception, eventlet.Timeout):\n"), r.text());
    }

    @Test
    void aLocalSubclassThatKeepsTheConstructorIsATimeoutToo() {
        Rewritten r = Rewritten.of("""
                import eventlet


                class ReplyTimeout(eventlet.Timeout):
                    pass


                def call(fn):
                    gt = eventlet.spawn(fn)
                    with ReplyTimeout(2, False):
                        gt.wait()
                """);
        assertTrue(r.text().contains("    if concurrent.futures.wait([gt], timeout=2).done:\n        gt.result()\n"), r.text());
    }

    @Test
    void aSubclassWithItsOwnConstructorIsLeftAlone() {
        Rewritten r = Rewritten.of("""
                import eventlet


                class LockTimeout(eventlet.Timeout):
                    def __init__(self, seconds, path):
                        super().__init__(seconds)
                        self.path = path


                def lock(fn, path):
                    gt = eventlet.spawn(fn)
                    with LockTimeout(2, path):
                        gt.wait()
                """);
        assertTrue(r.text().contains("    gt = eventlet.spawn(fn)\n"), r.text());
        assertTrue(r.notes().contains("the Timeout at line 12 is a class whose constructor greenshift cannot read"), r.notes());
    }

    @Test
    void aTimeoutThatBoundsMoreThanTheWaitIsLeftAlone() {
        Rewritten r = Rewritten.of("""
                import eventlet


                def sync(fn, conn):
                    gt = eventlet.spawn(fn)
                    with eventlet.Timeout(10):
                        conn.flush()
                        gt.wait()
                """);
        assertTrue(r.text().contains("    gt = eventlet.spawn(fn)\n"), r.text());
        assertTrue(r.notes().contains("the Timeout at line 6 bounds more than this wait()"), r.notes());
    }
}
