import eventlet
from eventlet import event


class LockTimeout(eventlet.Timeout):
    pass


def wait_for_port(is_open, timeout):
    with eventlet.Timeout(timeout, False):
        while not is_open():
            eventlet.sleep(0.1)
    return is_open()


def wait_for_boot(is_booted, timeout):
    with eventlet.Timeout(timeout, RuntimeError("instance did not boot")):
        while True:
            if is_booted():
                return
            eventlet.sleep(0.5)


def wait_done(timeout):
    done = event.Event()
    done.send()
    with eventlet.Timeout(timeout, False):
        done.wait()


def lock_file(try_lock, path):
    with LockTimeout(10):
        while not try_lock(path):
            eventlet.sleep(0.01)


def read_reply(conn):
    try:
        with eventlet.Timeout(30):
            return conn.recv()
    except (Exception, eventlet.Timeout):
        return None
