"""A launcher whose signal dispatcher runs registered handlers in a green thread; one raises a SystemExit subclass."""
import os
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
        eventlet.spawn(self._dispatch, signo, frame)

    def _dispatch(self, signo, frame):
        for handler in self._handlers[signo]:
            handler(signo, frame)


class Launcher(object):
    def __init__(self):
        self.signals = SignalHandler()
        self.signals.add_handler(signal.SIGHUP, self._reload)

    def _reload(self, *args):
        print("reload requested")
        raise SignalExit(signal.SIGHUP, 4)

    def wait(self):
        for turn in range(20):
            eventlet.sleep(0.02)
            if turn == 2:
                os.kill(os.getpid(), signal.SIGHUP)
        print("never reloaded")


try:
    Launcher().wait()
except SignalExit as exit_:
    print("restarting on signal", exit_.signo)
    raise
