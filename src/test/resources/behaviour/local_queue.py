"""Queues held in variables called queue: a local, a loop variable, a parameter."""
import eventlet


def drain(jobs):
    queue = eventlet.queue.Queue()
    for job in jobs:
        queue.put(job * 2)
    done = []
    while not queue.empty():
        done.append(queue.get())
    return done


def label(names):
    boxes = {}
    for queue in names:
        boxes[queue] = eventlet.queue.LightQueue()
        boxes[queue].put(queue.upper())
    return {name: box.get() for name, box in boxes.items()}


def backlog(queue=None):
    queue = queue or eventlet.queue.Queue()
    queue.put("first")
    return queue.get()


print(drain([1, 2, 3]))
print(sorted(label(["a", "b"]).items()))
print(backlog())
