from eventlet import event
import eventlet


def lookup(key):
    done = event.Event()

    def work():
        eventlet.sleep(0.01)
        done.send(key.upper())

    eventlet.spawn(work)
    return done.wait(timeout=1)


def failing():
    done = event.Event()
    done.send_exception(KeyError("k"))
    return done
