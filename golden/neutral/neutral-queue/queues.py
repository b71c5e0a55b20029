from eventlet import queue

handoff = queue.Queue(0)
backlog = queue.LightQueue()
ordered = queue.PriorityQueue(maxsize=10)


def drain(q):
    items = []
    while True:
        try:
            items.append(q.get_nowait())
        except queue.Empty:
            return items


class Bus(queue.Queue):
    pass
