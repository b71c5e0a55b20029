"""Integration with other libraries (the seed guide's eighth example).

Same workers as the seed: threads from eventlet.green.threading feeding on a queue. The seed puts
all items at once, so which worker prints first is up to the scheduler; here the main thread pauses
30 ms after each put so that items are processed, and printed, in order whatever the kind of thread.
"""
import eventlet
from eventlet.green import threading
# The seed does `import queue`: without monkey patching, the standard library's queue blocks the
# whole process (every green thread) on its first empty get(), so the seed hangs. eventlet.green's
# Queue module (Python 2's name for queue) is the non-patching way to get a green one.
from eventlet.green import Queue as queue


def worker():
    while True:
        item = q.get()
        if item is None:
            break
        print(f"Processing {item}")
        q.task_done()


q = queue.Queue()
threads = []
for i in range(3):
    t = threading.Thread(target=worker)
    t.start()
    threads.append(t)

for item in range(10):
    q.put(item)
    eventlet.sleep(0.03)

q.join()

for i in range(3):
    q.put(None)
for t in threads:
    t.join()
print("All work done")
