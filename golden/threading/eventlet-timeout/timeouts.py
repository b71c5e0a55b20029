import eventlet


def fetch(conn):
    with eventlet.Timeout(5, False):
        return conn.read()


def guarded(conn):
    try:
        return conn.read()
    except eventlet.Timeout:
        return None


def bounded(job):
    return eventlet.with_timeout(2, job, timeout_value=None)
