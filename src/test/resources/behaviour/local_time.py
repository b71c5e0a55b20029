"""Sleeps whose duration is held in a parameter or a local called time."""
import eventlet


def retry(call, time=0.01, attempts=3):
    for attempt in range(attempts):
        try:
            return call(attempt)
        except IOError:
            eventlet.sleep(time)
    return "gave up"


def flaky(attempt):
    if attempt < 2:
        raise IOError("not yet")
    return "ok after %d attempts" % (attempt + 1)


def measure():
    time = 0.02
    eventlet.sleep(time)
    return time


def tick():
    eventlet.sleep(0)
    return "tick"


print(retry(flaky))
print(measure())
print(tick())
