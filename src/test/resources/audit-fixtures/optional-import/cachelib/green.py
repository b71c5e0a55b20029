"""Green helpers, if Eventlet is there: a name bound to it on one path is an Eventlet name."""
try:
    from eventlet.green import threading
except ImportError:
    import threading


def local_store():
    return threading.local()
