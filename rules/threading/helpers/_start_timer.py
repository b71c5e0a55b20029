import threading


def _start_timer(seconds, function, /, *args, **kwargs):
    """Call function(*args, **kwargs) in seconds on a daemon thread."""
    timer = threading.Timer(seconds, function, args=args, kwargs=kwargs)
    timer.daemon = True
    timer.start()
    return timer
