"""Ticks on a plain thread. (An earlier version ran on eventlet; this docstring is not a use.)"""
import threading
import time


def tick(stop, interval=0.05):
    # eventlet.sleep(interval) used to be here: a comment is not a use either.
    while not stop.is_set():
        time.sleep(interval)


def start():
    stop = threading.Event()
    threading.Thread(target=tick, args=(stop,), daemon=True).start()
    return stop
