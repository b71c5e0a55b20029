package dev.greenshift.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A primitive (Event, Queue, Semaphore) and the green threads it is handed to migrate together or
 * not at all: a green thread blocked on a native primitive stalls the hub, a native thread blocked
 * on a green one never wakes. Here the reverse of 'where shares': the spawn stays green, so the
 * primitive does too, with one note.
 */
class SharedPrimitivesTest {

    @Test
    void anEventHandedToASpawnThatStaysGreenStaysEventlets() {
        Rewritten r = Rewritten.of("""
                import sys

                import eventlet
                from eventlet import event


                def watch(stop):
                    stop.wait()
                    sys.exit(0)


                def main():
                    stop = event.Event()
                    eventlet.spawn(watch, stop)
                    stop.send()
                """);
        assertTrue(r.text().contains("    stop = event.Event()\n"), r.text());
        assertTrue(r.text().contains("    stop.send()\n"), r.text());
        assertTrue(r.notes().contains("13 eventlet-event: not rewritten: stop is handed to the green thread spawned at line 14,"
                + " which this run leaves green, and a green thread blocked on a native threading.Event stalls every green thread"), r.notes());
        assertEquals(1, r.notesOf("eventlet-event"), r.notes());
    }

    @Test
    void aModuleQueueThatAGreenWorkerReadsStaysEventlets() {
        Rewritten r = Rewritten.of("""
                import eventlet
                from eventlet import queue

                jobs = queue.Queue()


                def worker():
                    while True:
                        jobs.get()()


                def start():
                    gt = eventlet.spawn(worker)
                    return gt
                """);
        assertTrue(r.text().contains("jobs = queue.Queue()\n"), r.text());
        assertTrue(r.text().contains("from eventlet import queue\n"), r.text());
        assertTrue(r.notes().contains("4 eventlet-queue: not rewritten: jobs is handed to the green thread spawned at line 13"), r.notes());
    }

    @Test
    void aModuleQueueWhoseWorkerBecomesAThreadIsRewrittenWithIt() {
        Rewritten r = Rewritten.of("""
                import eventlet
                from eventlet import queue

                jobs = queue.Queue()


                def worker():
                    while True:
                        jobs.get()()


                def start():
                    eventlet.spawn(worker)
                """);
        assertEquals("""
                import queue
                import threading

                jobs = queue.Queue()


                def worker():
                    while True:
                        jobs.get()()


                def start():
                    threading.Thread(target=worker, daemon=True).start()
                """, r.text());
    }

    @Test
    void anEventAttributeThatAGreenMethodWaitsOnStaysEventlets() {
        Rewritten r = Rewritten.of("""
                from eventlet import event
                from eventlet import greenthread


                class Poller:
                    def __init__(self):
                        self._stop = event.Event()

                    def start(self):
                        self._gt = greenthread.spawn(self._run)

                    def kill(self):
                        self._gt.kill()
                        self._stop.send()

                    def _run(self):
                        self._stop.wait()
                """);
        assertTrue(r.text().contains("        self._stop = event.Event()\n"), r.text());
        assertTrue(r.notes().contains("7 eventlet-event: not rewritten: self._stop is handed to the green thread spawned at line 10"), r.notes());
    }
}
