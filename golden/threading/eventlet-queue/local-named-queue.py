"""Work queues whose variables are called queue: the stdlib module must not be shadowed."""
import eventlet


def drain(jobs):
    queue = eventlet.queue.Queue()
    for job in jobs:
        queue.put(job)
    done = []
    while not queue.empty():
        done.append(queue.get())
    return done


def fan_out(names):
    inboxes = {}
    for queue in names:
        inboxes[queue] = eventlet.queue.LightQueue()
    return inboxes


def backlog(queue=None):
    return queue or eventlet.queue.Queue()
