from eventlet import patcher
import eventlet

real_threading = patcher.original('threading')
green_requests = eventlet.import_patched('requests')
