from eventlet.semaphore import CappedSemaphore

LIMIT = CappedSemaphore(2, 4)
