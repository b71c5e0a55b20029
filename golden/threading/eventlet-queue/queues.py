from eventlet import queue


def make(size):
    unbounded = queue.Queue()
    limited = queue.Queue(10)
    unknown = queue.LightQueue(size)
    undefined = queue.Queue(None)
    return unbounded, limited, unknown, undefined


def drain(q):
    try:
        return q.get_nowait()
    except queue.Empty:
        return None
