"""Lock helpers: a Timeout of our own, as many projects define."""
import eventlet


class LockTimeout(eventlet.Timeout):
    pass
