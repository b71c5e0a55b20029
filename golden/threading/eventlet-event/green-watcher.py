"""A stop event shared with a watcher that must stay a green thread, and one shared with a plain worker."""
import sys

import eventlet
from eventlet import event


def watch(stop):
    stop.wait()
    sys.exit(0)


def work(done):
    done.send()


def serve():
    stop = event.Event()
    eventlet.spawn(watch, stop)
    stop.send()


def run():
    done = event.Event()
    eventlet.spawn(work, done)
    done.wait()
