"""A service whose watcher ends the process when its parent goes away."""
import sys

import eventlet


def watch_parent(grace):
    eventlet.sleep(grace)
    print("parent gone, exiting")
    sys.exit(3)


def serve():
    print("serving")
    watcher = eventlet.spawn(watch_parent, 0.02)
    watcher.wait()
    print("watcher returned")


serve()
print("clean shutdown")
