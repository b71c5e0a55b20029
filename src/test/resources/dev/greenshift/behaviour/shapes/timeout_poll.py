"""Timeout around a poll loop that sleeps: it fires at a sleep once time is up."""
import eventlet

state = {'ready': False}


def poll(seconds):
    turns = 0
    with eventlet.Timeout(seconds):
        while not state['ready']:
            turns += 1
            eventlet.sleep(0.01)
    return turns


try:
    poll(0.05)
except eventlet.Timeout:
    print('timed out while polling')

eventlet.spawn_after(0.02, state.update, ready=True)
print('ready in time:', poll(1) > 0)

with eventlet.Timeout(0.02, False):
    eventlet.sleep(1)
print('silent timeout left the block')
print('with_timeout:', eventlet.with_timeout(0.02, eventlet.sleep, 1, timeout_value='gave up'))
