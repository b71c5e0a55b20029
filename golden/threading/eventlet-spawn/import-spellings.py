from eventlet import greenthread
from eventlet import spawn as go
import eventlet.greenthread


def start(job):
    greenthread.spawn(job)
    go(job, "fast")
    eventlet.greenthread.spawn(job, key="value")
