"""An Event carries the value sent to it; wait(timeout) returns None when nothing came."""
import eventlet
from eventlet import event


def compute(done, x):
    eventlet.sleep(0.02)
    done.send(x * x)


done = event.Event()
eventlet.spawn(compute, done, 7)
print('waited for', done.wait())
print('ready:', done.ready())
print('nothing sent:', event.Event().wait(0.02))
failed = event.Event()
failed.send_exception(ValueError('bad input'))
try:
    failed.wait()
except ValueError as error:
    print('send_exception raised', error)
