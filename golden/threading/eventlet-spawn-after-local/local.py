import eventlet


def arm(job):
    eventlet.spawn_after_local(1, job)
