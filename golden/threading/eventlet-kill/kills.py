import eventlet


def stop(worker):
    eventlet.kill(worker)


def run(job):
    gt = eventlet.spawn(job)
    gt.kill()
