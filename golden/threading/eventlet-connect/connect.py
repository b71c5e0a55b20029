import eventlet


def dial(host, port):
    direct = eventlet.connect((host, port))
    bound = eventlet.connect((host, port), bind=('127.0.0.1', 0))
    return direct, bound
