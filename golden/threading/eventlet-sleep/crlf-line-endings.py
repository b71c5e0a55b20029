import eventlet


def tick():
    eventlet.sleep(1)  # yield to others
    return True
