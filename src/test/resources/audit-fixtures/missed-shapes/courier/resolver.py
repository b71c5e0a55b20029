"""Shapes a name-based scan misses: a submodule imported for its side effect, string imports, events in a dict."""
import importlib

import eventlet
import eventlet.support.greendns


def green_dns():
    return eventlet.support.greendns.is_ip_address('127.0.0.1')


def load_hub():
    hubs = importlib.import_module('eventlet.hubs')
    return hubs.get_hub()


def load_green_socket():
    return __import__('eventlet.green.socket')


class Waiters(object):
    def __init__(self):
        self._events = {}
        self._queue = []

    def wait_for(self, key):
        self._events[key] = eventlet.event.Event()
        return self._events[key].wait()

    def done(self, key, value):
        self._events[key].send(value)

    def push(self):
        self._queue.append(eventlet.event.Event())
        self._queue[-1].send(None)
