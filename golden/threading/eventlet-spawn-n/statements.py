import eventlet


def fire(job, *args):
    eventlet.spawn_n(job, *args)
    handle = eventlet.spawn_n(job)
    return handle
