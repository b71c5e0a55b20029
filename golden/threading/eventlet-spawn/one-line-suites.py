import eventlet


def maybe_start(enabled, job):
    if enabled: eventlet.spawn(job)
    for _ in range(3): eventlet.spawn(job); eventlet.sleep(0)
