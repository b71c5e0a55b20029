# swift's patching: threads turn green, time does not. Threading rewrites are right here, time.sleep is not.
import eventlet
eventlet.monkey_patch(all=False, socket=True, select=True, thread=True)

import worker  # noqa: E402

worker.run()
