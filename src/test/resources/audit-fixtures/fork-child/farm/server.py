"""A pre-forking server: each worker patches right after the fork. The fork is not a switch."""
import os

import eventlet


def serve(workers=2):
    for _ in range(workers):
        pid = os.fork()
        if pid == 0:
            eventlet.monkey_patch()
            eventlet.sleep(0)
            os._exit(0)


if __name__ == '__main__':
    serve()
