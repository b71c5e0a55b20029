import eventlet
from eventlet import timeout


class NotReady(Exception):
    pass


def wait_until(ready, seconds=5):
    try:
        with eventlet.Timeout(seconds):
            while not ready():
                eventlet.sleep(0.1)
    except timeout.Timeout:
        raise NotReady()


def quick(call):
    return eventlet.with_timeout(1, call, timeout_value=None)
