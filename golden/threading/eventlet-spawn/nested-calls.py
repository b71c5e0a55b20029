import eventlet


def schedule(later):
    eventlet.spawn(later, eventlet.sleep, 0)
    eventlet.spawn(eventlet.sleep, 1)
