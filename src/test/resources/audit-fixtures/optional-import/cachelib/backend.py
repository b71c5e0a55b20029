"""A cache backend that cooperates with Eventlet when it is installed."""
import time

try:
    import eventlet
    from eventlet import semaphore
except ImportError:
    eventlet = None
    semaphore = None


class Backend(object):
    def __init__(self):
        if semaphore is not None:
            self._lock = semaphore.Semaphore()
        else:
            self._lock = None
        self._data = {}

    def get(self, key, retries=3):
        for _ in range(retries):
            if key in self._data:
                return self._data[key]
            if eventlet is not None:
                eventlet.sleep(0.01)
            else:
                time.sleep(0.01)
        return None

    def refresh_later(self, key, loader):
        if eventlet:
            return eventlet.spawn(self._refresh, key, loader)
        return None

    def _refresh(self, key, loader):
        self._data[key] = loader(key)
