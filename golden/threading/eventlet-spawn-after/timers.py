import eventlet


def later(job, delay):
    eventlet.spawn_after(delay, job, "now", retries=2)


def cancellable(job):
    timer = eventlet.spawn_after(5, job)
    if job is None:
        timer.cancel()


def waited(job):
    timer = eventlet.spawn_after(5, job)
    return timer.wait()
