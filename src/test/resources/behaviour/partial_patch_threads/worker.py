import eventlet
import eventlet.queue
import eventlet.semaphore

results = eventlet.queue.Queue()
# No recipe covers a CappedSemaphore: Eventlet stays in this process, so it keeps its patch.
gate = eventlet.semaphore.CappedSemaphore(1, 1)


def work(n):
    with gate:
        results.put(n * n)


def run():
    helper = eventlet.spawn(work, 7)
    spins = 0
    while results.empty():
        # Eventlet's sleep lets the green thread run; time.sleep is not patched in this process.
        eventlet.sleep(0)
        spins += 1
        if spins > 10000:
            print('the helper never ran')
            raise SystemExit(3)
    helper.wait()
    print('the helper put', results.get())
