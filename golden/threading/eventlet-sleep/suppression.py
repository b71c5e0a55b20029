import eventlet


def throttled():
    eventlet.sleep(0.1)  # greenshift: ignore
    eventlet.sleep(0.2)  # greenshift: ignore[eventlet-sleep]
    eventlet.sleep(0.3)  # greenshift: ignore[eventlet-spawn]
    eventlet.sleep(0.4)
