"""Without a type check, each semaphore moves on its own: the one reading .balance stays."""
import eventlet.semaphore


def make_limit(n):
    return eventlet.semaphore.Semaphore(n)


def make_counted(n):
    sem = eventlet.semaphore.Semaphore(n)
    print(sem.balance)
    return sem


def release(lock: eventlet.semaphore.Semaphore) -> None:
    """An annotation names every kind the project makes: it stays while one is Eventlet's, and holds nothing back."""
    lock.release()
