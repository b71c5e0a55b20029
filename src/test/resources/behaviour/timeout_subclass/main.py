"""Polls for a lock under a LockTimeout: the sleep is where the timeout fires."""
import eventlet

from locks import LockTimeout


def acquire(is_free):
    try:
        with LockTimeout(0.05):
            while not is_free():
                eventlet.sleep(0.01)
        return True
    except LockTimeout:
        return False


print("free lock:", acquire(lambda: True))
print("held lock:", acquire(lambda: False))
eventlet.sleep(0.01)
print("done")
