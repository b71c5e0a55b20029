"""Eventlet's package exports its primitives at the top level too (eventlet.Semaphore is eventlet.semaphore.Semaphore)."""
from typing import Union

import eventlet


class ProcessSemaphore(object):
    """Stands in for a semaphore shared between processes."""


def semaphore_factory(limit: int, processes: int) -> Union[eventlet.Semaphore, ProcessSemaphore]:
    if processes == 1:
        return eventlet.Semaphore(limit)
    return ProcessSemaphore()


def bounded(limit):
    return eventlet.BoundedSemaphore(limit)


def capped(limit):
    return eventlet.CappedSemaphore(limit)


def ready_flag():
    done = eventlet.Event()
    done.send()
    return done.ready()
