import eventlet.debug
import eventlet.hubs

eventlet.hubs.use_hub("poll")
eventlet.debug.hub_prevent_multiple_readers(False)
eventlet.debug.hub_exceptions(True)
hub = eventlet.hubs.get_hub()
