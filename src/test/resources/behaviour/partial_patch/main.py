# swift's patching: sockets, select and threads turn green, time does not.
import eventlet
eventlet.monkey_patch(all=False, socket=True, select=True, thread=True)

import worker  # noqa: E402

worker.run()
