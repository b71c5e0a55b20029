"""Forwards one port to another.

The module's only import is Eventlet's, between the docstring and the first
function: the imports that replace it keep the two blank lines (E302).
"""

import eventlet


def forward(source, dest):
    while True:
        data = source.recv(32384)
        if not data:
            break
        dest.sendall(data)


listener = eventlet.listen(('localhost', 7000))
while True:
    client, addr = listener.accept()
    eventlet.spawn_n(forward, client, eventlet.connect(('localhost', 22)))
