import eventlet
from eventlet import event


def ready_flag():
    done = event.Event()
    eventlet.spawn(worker, done)
    done.wait()
    return done.ready()


def worker(done):
    done.send()


def carries_a_value():
    result = event.Event()
    result.send(42)
    return result.wait()


class Gate:
    def __init__(self):
        self.opened = event.Event()

    def open(self):
        self.opened.send()

    def reset(self):
        self.opened.reset()
