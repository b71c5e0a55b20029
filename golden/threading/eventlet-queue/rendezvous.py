import eventlet.queue


def channels():
    channel = eventlet.queue.Queue(0)
    rendezvous = eventlet.queue.Queue(maxsize=0)
    bounded = eventlet.queue.Queue(maxsize=5)
    return channel, rendezvous, bounded
