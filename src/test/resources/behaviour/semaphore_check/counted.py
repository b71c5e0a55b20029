import eventlet.semaphore


def make_counted(n):
    sem = eventlet.semaphore.Semaphore(n)
    # .balance has no threading equivalent: this semaphore stays Eventlet's.
    if sem.balance < 0:
        raise ValueError(sem.balance)
    return sem
