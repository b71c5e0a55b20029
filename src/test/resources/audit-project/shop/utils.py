"""Helpers shared by every part of the shop. eventlet.spawn is only named in this docstring."""
import eventlet
from eventlet import sleep  # noqa: re-exported, callers use shop.utils.sleep


def spawn(func, *args, **kwargs):
    """Passthrough to eventlet.spawn, so that tests can stub it."""
    return eventlet.spawn(func, *args, **kwargs)


def log_and_continue(message):
    # a long function that happens to sleep is not a wrapper
    print(message)
    print(len(message))
    print(message.upper())
    print(message.lower())
    eventlet.sleep(0)
