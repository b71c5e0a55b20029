import eventlet
import eventlet.debug

eventlet.debug.hub_prevent_multiple_readers(False)


def pause():
    eventlet.sleep(1)
