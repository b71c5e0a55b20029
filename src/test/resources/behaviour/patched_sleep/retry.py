"""Retries with a back-off; tests patch retry.sleep."""
from eventlet import sleep


def call(fn, tries=4):
    for attempt in range(tries):
        try:
            return fn()
        except IOError:
            sleep(2 ** attempt)
    raise IOError("gave up")
