from time import time

import eventlet


def wait_until(deadline):
    while time() < deadline:
        eventlet.sleep(0.1)
