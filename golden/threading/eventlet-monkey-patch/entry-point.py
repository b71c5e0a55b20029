"""Service entry point."""
import os
import sys

import eventlet
from eventlet import patcher

if os.environ.get("USE_EVENTLET", "1") == "1":
    eventlet.monkey_patch()

eventlet.monkey_patch(socket=True, thread=False)

if patcher.is_monkey_patched("socket"):
    print("patched", file=sys.stderr)
