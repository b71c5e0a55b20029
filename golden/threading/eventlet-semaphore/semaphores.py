from eventlet import semaphore
import eventlet.semaphore

LIMIT = semaphore.Semaphore(4)
STRICT = eventlet.semaphore.BoundedSemaphore(value=2)
KINDS = (semaphore.Semaphore, semaphore.BoundedSemaphore)
