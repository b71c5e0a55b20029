package dev.greenshift.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Semantics the threading pack must keep, each shown as the Python before and after (or before,
 * unchanged, and the note that says why): GreenThread.wait() re-raises, SystemExit ends the
 * program, a pool reused after waitall() stays usable, a Timeout can still fire.
 */
class ThreadingSemanticsTest {

    @Nested
    class WaitKeepsTheTasksOutcome {
        @Test
        void aHandleOnlyWaitedOnBecomesAFutureWhoseResultReRaises() {
            Rewritten r = Rewritten.of("""
                    import eventlet


                    def copy(src, dst):
                        gt = eventlet.spawn(replicate, src)
                        try:
                            write(dst)
                        finally:
                            gt.wait()
                    """);
            assertEquals("""
                    import concurrent.futures


                    def copy(src, dst):
                        gt = concurrent.futures.ThreadPoolExecutor(max_workers=1).submit(
                            replicate, src)
                        try:
                            write(dst)
                        finally:
                            gt.result()
                    """, r.text());
            assertFalse(r.text().contains("join()"));
        }

        @Test
        void theWaitedValueIsKept() {
            Rewritten r = Rewritten.of("""
                    import eventlet


                    def total(rows):
                        gt = eventlet.spawn(sum, rows)
                        return gt.wait() + 1
                    """);
            assertTrue(r.text().contains("gt = concurrent.futures.ThreadPoolExecutor(max_workers=1).submit(sum, rows)\n"), r.text());
            assertTrue(r.text().contains("return gt.result() + 1\n"), r.text());
            assertFalse(r.text().contains("import threading"), "a Future case needs no threading import:\n" + r.text());
        }

        @Test
        void aNameBoundTwiceInOneBlockIsTwoHandlesEachEndingAtTheNextBinding() {
            Rewritten r = Rewritten.of("""
                    import eventlet


                    def create_pair(primary, secondary):
                        thread = eventlet.spawn(secondary.create)
                        pvol = primary.create()
                        svol = thread.wait()
                        thread = eventlet.spawn(secondary.rename, svol)
                        try:
                            primary.rename(pvol)
                        finally:
                            thread.wait()
                        return pvol, svol
                    """);
            assertEquals("""
                    import concurrent.futures


                    def create_pair(primary, secondary):
                        thread = concurrent.futures.ThreadPoolExecutor(max_workers=1).submit(
                            secondary.create)
                        pvol = primary.create()
                        svol = thread.result()
                        thread = concurrent.futures.ThreadPoolExecutor(max_workers=1).submit(
                            secondary.rename, svol)
                        try:
                            primary.rename(pvol)
                        finally:
                            thread.result()
                        return pvol, svol
                    """, r.text());
        }

        @Test
        void anOptionalHandleComparedWithNoneIsStillOnlyWaitedOn() {
            Rewritten r = Rewritten.of("""
                    import eventlet


                    def delete_pair(primary, secondary, both):
                        thread = None
                        if both:
                            thread = eventlet.spawn(secondary.delete)
                        try:
                            primary.delete()
                        finally:
                            if thread is not None:
                                thread.wait()
                    """);
            assertTrue(r.text().contains("thread = concurrent.futures.ThreadPoolExecutor(max_workers=1).submit(\n"), r.text());
            assertTrue(r.text().contains("        if thread is not None:\n            thread.result()\n"), r.text());
        }

        @Test
        void aHandleTestedForTruthIsLeftAlone() {
            Rewritten r = Rewritten.of("""
                    import eventlet


                    def poll(worker):
                        gt = eventlet.spawn(worker)
                        if gt:
                            gt.wait()
                    """);
            assertTrue(r.text().contains("gt = eventlet.spawn(worker)\n"), r.text());
        }

        @Test
        void aHandleALoopCarriesPastTheNextBindingIsLeftAlone() {
            Rewritten r = Rewritten.of("""
                    import eventlet


                    def relay(items):
                        gt = None
                        for item in items:
                            if gt is not None:
                                gt.kill()
                            gt = eventlet.spawn(send, item)
                            gt = eventlet.spawn(log, item)
                    """);
            assertTrue(r.text().contains("gt = eventlet.spawn(send, item)\n"), r.text());
            assertTrue(r.text().contains("gt = eventlet.spawn(log, item)\n"), r.text());
        }

        @Test
        void anUnusedHandleStillBecomesAPlainDaemonThread() {
            Rewritten r = Rewritten.of("""
                    import eventlet


                    def start():
                        gt = eventlet.spawn(serve)
                    """);
            assertTrue(r.text().contains("gt = threading.Thread(target=serve, daemon=True)\n    gt.start()\n"), r.text());
            assertFalse(r.text().contains("concurrent"), r.text());
        }
    }

    @Nested
    class SystemExitInASpawnedFunction {
        @Test
        void aWatcherCallingSysExitIsFlaggedAndLeftGreen() {
            String before = """
                    import sys

                    import eventlet


                    def watch_parent():
                        while True:
                            eventlet.sleep(1)
                            if parent_gone():
                                sys.exit(1)


                    def main():
                        eventlet.spawn(watch_parent)
                    """;
            Rewritten r = Rewritten.of(before);
            assertTrue(r.text().contains("    eventlet.spawn(watch_parent)\n"), r.text());
            assertTrue(r.notes().contains("14 eventlet-spawn: the spawned function raises SystemExit"), r.notes());
        }

        @Test
        void aSignalHandlerMethodRaisingSystemExitThroughAHelperIsFlagged() {
            Rewritten r = Rewritten.of("""
                    import eventlet


                    class Service(object):
                        def _stop(self):
                            raise SystemExit(0)

                        def _on_signal(self):
                            self._stop()

                        def start(self):
                            eventlet.spawn_n(self._on_signal)
                    """);
            assertTrue(r.text().contains("        eventlet.spawn_n(self._on_signal)\n"), r.text());
            assertEquals(1, r.notesOf("eventlet-spawn-n"), r.notes());
        }

        @Test
        void aDispatcherCallingRegisteredHandlersThatRaiseASystemExitSubclassIsFlagged() {
            Rewritten r = Rewritten.of("""
                    import eventlet


                    class SignalExit(SystemExit):
                        pass


                    HANDLERS = {}


                    def _reload(signo):
                        raise SignalExit(signo)


                    def dispatch(signo):
                        for handler in HANDLERS[signo]:
                            handler(signo)


                    def on_signal(signo, frame):
                        HANDLERS.setdefault(signo, []).append(_reload)
                        eventlet.spawn(dispatch, signo)
                    """);
            assertTrue(r.text().contains("    eventlet.spawn(dispatch, signo)\n"), r.text());
            assertEquals(1, r.notesOf("eventlet-spawn"), r.notes());
        }

        @Test
        void aDispatcherIsRewrittenWhenNoHandlerOfTheModuleExits() {
            Rewritten r = Rewritten.of("""
                    import sys

                    import eventlet


                    def _log(event):
                        print(event)


                    def _dispatch(handlers, event):
                        for handler in handlers:
                            handler(event)


                    def main():
                        eventlet.spawn_n(_dispatch, [_log], 'started')
                        sys.exit(0)
                    """);
            assertTrue(r.text().contains("target=_dispatch, args=([_log], 'started'), daemon=True).start()"), r.text());
        }

        @Test
        void exitAsAnAttributeOfSomethingElseIsNotSystemExit() {
            Rewritten r = Rewritten.of("""
                    import eventlet


                    def close(conn):
                        conn.exit()


                    def main(conn):
                        eventlet.spawn(close, conn)
                    """);
            assertTrue(r.text().contains("threading.Thread(target=close, args=(conn,), daemon=True).start()"), r.text());
        }
    }

    @Nested
    class WaitallByThePoolsLifetime {
        @Test
        void aPoolDrainedOnceAtTheEndIsShutDown() {
            Rewritten r = Rewritten.of("""
                    import eventlet


                    def fetch_all(urls):
                        pool = eventlet.GreenPool(8)
                        for url in urls:
                            pool.spawn_n(fetch, url)
                        pool.waitall()
                    """);
            assertTrue(r.text().contains("    pool.shutdown(wait=True)\n"), r.text());
        }

        @Test
        void aPoolDrainedInsideALoopIsNotShutDown() {
            Rewritten r = Rewritten.of("""
                    import eventlet


                    def sync_rounds(batches):
                        pool = eventlet.GreenPool(8)
                        for batch in batches:
                            for item in batch:
                                pool.spawn_n(sync, item)
                            pool.waitall()
                    """);
            assertFalse(r.text().contains("shutdown(wait=True)"), r.text());
            assertTrue(r.notes().contains("this pool lives on after waitall()"), r.notes());
        }

        @Test
        void aPoolMadeAndDrainedInEachTurnIsShutDownEachTurn() {
            Rewritten r = Rewritten.of("""
                    import eventlet


                    def sync_rounds(batches):
                        for batch in batches:
                            pool = eventlet.GreenPool(8)
                            for item in batch:
                                pool.spawn_n(sync, item)
                            pool.waitall()
                    """);
            assertTrue(r.text().contains("        pool.shutdown(wait=True)\n"), r.text());
        }

        @Test
        void aPoolAttributeDrainedByOneMethodIsNotShutDown() {
            Rewritten r = Rewritten.of("""
                    import eventlet


                    class Replicator(object):
                        def __init__(self):
                            self.pool = eventlet.GreenPool(4)

                        def replicate(self, part):
                            self.pool.spawn_n(self.sync, part)

                        def drain(self):
                            self.pool.waitall()
                    """);
            assertFalse(r.text().contains("shutdown(wait=True)"), r.text());
            assertTrue(r.notes().contains("this pool lives on after waitall()"), r.notes());
        }
    }

    @Nested
    class BareSleepReference {
        @Test
        void keepsTheDefaultOfZeroSeconds() {
            Rewritten r = Rewritten.of("""
                    import eventlet


                    def yield_soon(pool):
                        pool.submit(eventlet.sleep)
                    """);
            assertTrue(r.text().contains("pool.submit(lambda seconds=0: time.sleep(seconds))"), r.text());
        }
    }

    @Nested
    class SleepInsideATimeout {
        @Test
        void aSleepInsideAProjectSubclassOfTimeoutStaysGreenWithOneNote() {
            Rewritten r = Rewritten.of("""
                    import eventlet


                    class LockTimeout(eventlet.Timeout):
                        pass


                    def lock(path):
                        with LockTimeout(10):
                            while not try_lock(path):
                                eventlet.sleep(0.01)
                                eventlet.sleep(0.01)
                        eventlet.sleep(1)
                    """);
            assertTrue(r.text().contains("            eventlet.sleep(0.01)\n            eventlet.sleep(0.01)\n"), r.text());
            assertTrue(r.text().contains("    time.sleep(1)\n"), "outside the block the sleep is rewritten:\n" + r.text());
            assertEquals(1, r.findings().stream().filter(f -> f.line() == 9).count(), r.notes());
        }

        @Test
        void aWithTimeoutAroundASleepGetsOneNoteNotTwo() {
            Rewritten r = Rewritten.of("""
                    import eventlet


                    def settle():
                        with eventlet.Timeout(5):
                            eventlet.sleep(0.1)
                    """);
            assertEquals(1, r.findings().size(), r.notes());
            assertEquals(1, r.text().split("TODO\\(greenshift\\)", -1).length - 1, r.text());
        }

        @Test
        void anExceptClauseNamingTimeoutNeedsNoNote() {
            Rewritten r = Rewritten.of("""
                    import eventlet


                    def read(conn):
                        try:
                            return conn.read()
                        except (Exception, eventlet.Timeout):
                            return None
                    """);
            assertEquals("", r.notes());
        }
    }

    @Nested
    class TimeoutShapesWithAThreadEquivalent {
        @Test
        void aSilentTimeoutAroundAPollLoopBecomesADeadlineInTheLoopCondition() {
            Rewritten r = Rewritten.of("""
                    import eventlet


                    def wait_up(is_up, n):
                        with eventlet.Timeout(n, False):
                            while not is_up():
                                eventlet.sleep(0.1)
                        return is_up()
                    """);
            assertEquals("""
                    import time


                    def wait_up(is_up, n):
                        deadline = time.monotonic() + n
                        while not is_up() and time.monotonic() < deadline:
                            time.sleep(0.1)
                        return is_up()
                    """, r.text());
        }

        @Test
        void aTimeoutWithItsOwnErrorRaisesThatErrorWhenTheDeadlinePasses() {
            Rewritten r = Rewritten.of("""
                    import eventlet


                    def wait_up(is_up, n):
                        with eventlet.Timeout(n, RuntimeError("still down")):
                            while True:
                                if is_up():
                                    break
                                eventlet.sleep(0.1)
                    """);
            assertEquals("""
                    import time


                    def wait_up(is_up, n):
                        deadline = time.monotonic() + n
                        while True:
                            if time.monotonic() >= deadline:
                                raise RuntimeError("still down")
                            if is_up():
                                break
                            time.sleep(0.1)
                    """, r.text());
        }

        @Test
        void aSilentTimeoutAroundAnEventWaitBecomesTheWaitsTimeout() {
            Rewritten r = Rewritten.of("""
                    import eventlet
                    from eventlet import event


                    def settle(t):
                        done = event.Event()
                        done.send()
                        with eventlet.Timeout(t, False):
                            done.wait()
                    """);
            assertTrue(r.text().contains("    done = threading.Event()\n    done.set()\n    done.wait(t)\n"), r.text());
        }

        @Test
        void aTimeoutThatRaisesItselfStaysWithOneNote() {
            Rewritten r = Rewritten.of("""
                    import eventlet


                    def wait_up(is_up, n):
                        with eventlet.Timeout(n):
                            while not is_up():
                                eventlet.sleep(0.1)
                    """);
            assertTrue(r.text().contains("    with eventlet.Timeout(n):\n"), r.text());
            assertEquals(1, r.findings().size(), r.notes());
        }
    }

    @Nested
    class SharedPrimitives {
        @Test
        void aThreadIsNotHandedAnEventThatStaysGreen() {
            Rewritten r = Rewritten.of("""
                    from eventlet import event
                    import eventlet


                    def start():
                        done = event.Event()
                        eventlet.spawn(done.send, 42)
                        return done.wait()
                    """);
            assertTrue(r.text().contains("    eventlet.spawn(done.send, 42)\n"), r.text());
            assertTrue(r.notes().contains("uses an Eventlet primitive made here that this run leaves green"), r.notes());
        }

        @Test
        void aThreadHandedAnEventThatIsMigratedToo() {
            Rewritten r = Rewritten.of("""
                    from eventlet import event
                    import eventlet


                    def worker(done):
                        done.send()


                    def start():
                        done = event.Event()
                        eventlet.spawn(worker, done)
                        done.wait()
                    """);
            assertTrue(r.text().contains("    done = threading.Event()\n    threading.Thread(target=worker, args=(done,), daemon=True).start()\n"), r.text());
        }
    }
}
