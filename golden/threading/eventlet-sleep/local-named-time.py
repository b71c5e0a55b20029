"""Retry helpers with a parameter and a local called time."""
import eventlet


def retry(call, time=0.01, attempts=3):
    for _ in range(attempts):
        try:
            return call()
        except IOError:
            eventlet.sleep(time)
    raise IOError("gave up")


def backoff(delays):
    for time in delays:
        eventlet.sleep(time)


def tick():
    eventlet.sleep(0)
