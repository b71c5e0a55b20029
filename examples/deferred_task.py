"""Deferred task management (the seed guide's fourth example, made short).

The seed waits 5 s on both sides, so whether the task starts waiting before the event is sent is a
coin toss; here the task starts after 50 ms and the event is sent at 150 ms. The seed also forgets
`import eventlet` and ends right after send(), before the task can print; the last sleep lets it.
"""
import eventlet
from eventlet.event import Event


def deferred_task(evt):
    print("Waiting for event")
    evt.wait()
    print("Event occurred, executing task")


evt = Event()
eventlet.spawn_after(0.05, deferred_task, evt)
eventlet.sleep(0.15)
evt.send()
eventlet.sleep(0.1)
