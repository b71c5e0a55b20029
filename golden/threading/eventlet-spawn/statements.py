import eventlet


def start(handler, conn, args, kwargs):
    eventlet.spawn(handler)
    eventlet.spawn(handler, conn)
    eventlet.spawn(handler, conn, 42)
    eventlet.spawn(handler, conn, timeout=5, retries=3)
    eventlet.spawn(handler, *args, **kwargs)
    thread = eventlet.spawn(handler)  # an assignment: not this recipe's statement form
    return [eventlet.spawn(handler)], thread
