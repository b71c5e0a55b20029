import eventlet.semaphore


def make_limit(n):
    return eventlet.semaphore.Semaphore(n)


def is_limit(obj):
    return isinstance(obj, eventlet.semaphore.Semaphore)
