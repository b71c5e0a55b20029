"""A service's signal dispatcher: handlers run in a green thread, and one ends the program."""
import signal

import eventlet


class SignalExit(SystemExit):
    def __init__(self, signo, exccode=1):
        super(SignalExit, self).__init__(exccode)
        self.signo = signo


class SignalHandler(object):
    def __init__(self):
        self._handlers = {}

    def add_handler(self, signo, handler):
        self._handlers.setdefault(signo, []).append(handler)
        signal.signal(signo, self._on_signal)

    def _on_signal(self, signo, frame):
        # The C-level handler only schedules the dispatch: spawn() is cheap and signal-safe.
        eventlet.spawn(self._dispatch, signo, frame)

    def _dispatch(self, signo, frame):
        for handler in reversed(self._handlers[signo]):
            handler(signo, frame)


class Launcher(object):
    def __init__(self, services):
        self.services = services
        self.signals = SignalHandler()
        self.signals.add_handler(signal.SIGTERM, self._stop)
        self.signals.add_handler(signal.SIGHUP, self._reload)

    def _stop(self, *args):
        for service in self.services:
            service.stop()

    def _reload(self, *args):
        raise SignalExit(signal.SIGHUP)

    def wait(self):
        while True:
            eventlet.sleep(1)
