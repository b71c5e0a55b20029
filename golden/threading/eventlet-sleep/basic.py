"""Polls a queue until it has work."""
import eventlet


def poll(queue, later):
    while not queue:
        eventlet.sleep(0.5)
    eventlet.sleep()
    later(eventlet.sleep, 0)
    return queue.pop()
