"""A task's exception reaches whoever waits for it."""
import eventlet


def fetch(key):
    eventlet.sleep(0.01)
    raise KeyError(key)


thread = eventlet.spawn(fetch, 'missing')
try:
    thread.wait()
except KeyError as error:
    print('wait() raised KeyError', error)
print('main goes on')
