import eventlet as ev
import eventlet.greenthread
from eventlet import greenthread
from eventlet import sleep
from eventlet import sleep as nap


def backoff(attempt):
    ev.sleep(attempt)
    sleep(1)
    nap(2)
    greenthread.sleep(3)
    eventlet.greenthread.sleep(4)
