"""SystemExit raised by a task ends the program at the main thread's next pause."""
import sys

import eventlet


def stop():
    print('task asks to exit')
    sys.exit(3)


eventlet.spawn(stop)
try:
    for turn in range(10):
        eventlet.sleep(0.02)
        print('main turn', turn)
except SystemExit as error:
    print('main leaves with', error.code)
    raise
print('never printed')
