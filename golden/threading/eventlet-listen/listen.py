import socket

import eventlet


def servers():
    plain = eventlet.listen(('127.0.0.1', 0))
    six = eventlet.listen(('::1', 0), socket.AF_INET6)
    small = eventlet.listen(('127.0.0.1', 0), backlog=5)
    odd = eventlet.listen(('127.0.0.1', 0), reuse_port=False)
    return plain, six, small, odd
