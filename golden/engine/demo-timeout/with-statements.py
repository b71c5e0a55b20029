import eventlet


def fetch(conn):
    with eventlet.Timeout(5):
        return conn.read()


def fetch_strict(conn, error):
    with eventlet.Timeout(5, error):
        return conn.read()
