from eventlet import greenthread


def is_green(obj):
    return isinstance(obj, greenthread.GreenThread)
