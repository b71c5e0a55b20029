import eventlet
from eventlet import greenthread

OWNERS = {}


def claim(resource):
    OWNERS[resource] = eventlet.getcurrent()
    return greenthread.getcurrent() is OWNERS[resource]
