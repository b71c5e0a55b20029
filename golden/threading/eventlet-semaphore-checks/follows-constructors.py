"""Every semaphore this module makes is rewritten, so its type checks follow them."""
import eventlet.semaphore


def make_limit(n):
    return eventlet.semaphore.Semaphore(n)


def make_strict(n):
    return eventlet.semaphore.BoundedSemaphore(n)


def is_limit(obj):
    return isinstance(obj, eventlet.semaphore.Semaphore)


def is_strict(obj):
    return isinstance(obj, (eventlet.semaphore.BoundedSemaphore, int))


class Limited(eventlet.semaphore.Semaphore):
    """A subclass makes its own objects: its base follows them too."""


def acquire(lock: eventlet.semaphore.Semaphore) -> eventlet.semaphore.Semaphore:
    lock.acquire()
    return lock
