"""Service bootstrap: patch, then repair the original threading module."""
import eventlet

eventlet.monkey_patch()

import __original_module_threading as orig_threading  # noqa: E402
import threading  # noqa: E402

orig_threading.current_thread.__globals__['_active'] = threading._active
