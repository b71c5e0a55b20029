from eventlet import queue


def make():
    channel = queue.Queue(0)
    plain = queue.Queue()
    return channel, plain
