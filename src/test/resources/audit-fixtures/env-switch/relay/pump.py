import eventlet


def run():
    eventlet.spawn_n(print, 'pumping')
    eventlet.sleep(0)
