"""Waits for replies under Timeouts: the expiry must still come, and the task's error still through."""
import eventlet


def reply(value, delay):
    eventlet.sleep(delay)
    return value


def fail():
    eventlet.sleep(0.01)
    raise ValueError("bad reply")


def ask(delay):
    gt = eventlet.spawn(reply, "pong", delay)
    answer = "no answer"
    with eventlet.Timeout(0.1, False):
        answer = gt.wait()
    return answer


def ask_or_fail(delay):
    gt = eventlet.spawn(reply, "pong", delay)
    with eventlet.Timeout(0.1, RuntimeError("too slow")):
        return gt.wait()


def ask_strict(fn):
    gt = eventlet.spawn(fn)
    with eventlet.Timeout(0.1):
        return gt.wait()


def slow():
    return reply("late", 0.3)


print("fast:", ask(0.01))
print("slow:", ask(0.3))
print("fast or fail:", ask_or_fail(0.01))
try:
    ask_or_fail(0.3)
except RuntimeError as e:
    print("slow or fail:", e)
try:
    ask_strict(fail)
except ValueError as e:
    print("failed task:", e)
try:
    ask_strict(slow)
except BaseException:
    print("strict slow: timed out")
