"""One semaphore keeps Eventlet's class (it reads .balance): none of them moves, nor the check."""
import eventlet.semaphore


def make_limit(n):
    return eventlet.semaphore.Semaphore(n)


def make_counted(n):
    sem = eventlet.semaphore.Semaphore(n)
    print(sem.balance)
    return sem


def is_limit(obj):
    return isinstance(obj, eventlet.semaphore.Semaphore)


class Limited(eventlet.semaphore.Semaphore):
    """A subclass makes its own objects: it stays with the rest."""


def acquire_all(locks: "list[eventlet.semaphore.Semaphore]", first: eventlet.semaphore.Semaphore) -> None:
    """An annotation names the class like a type check does: it stays with the rest."""
    first.acquire()
