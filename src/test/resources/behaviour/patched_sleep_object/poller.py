"""Polls with a growing pause; its tests patch the sleep it calls."""
import eventlet
from eventlet import greenthread


def poll(ready):
    turns = 0
    while not ready():
        turns += 1
        eventlet.sleep(0.5 * turns)
    return turns


def nap():
    greenthread.sleep(30)
