import eventlet
import eventlet.debug

VERSION = eventlet.__version__


def pause():
    eventlet.sleep(1)
