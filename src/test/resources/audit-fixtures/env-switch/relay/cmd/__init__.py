"""Every relay command patches first, unless the operator sets RELAY_NO_GREEN."""
import os

if os.environ.get('RELAY_NO_GREEN', '') not in ('1', 'true'):
    import eventlet
    eventlet.monkey_patch()
