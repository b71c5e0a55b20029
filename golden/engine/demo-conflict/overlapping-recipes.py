import eventlet


def go(job):
    eventlet.spawn_n(job)
    return [eventlet.spawn_n(job)]
