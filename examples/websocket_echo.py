"""WebSocket support (the seed guide's seventh example, made runnable and finite).

The seed's `from eventlet.websocket import WebSocket, websocket` and `WebSocket(listener)` are not
Eventlet's API: its decorator is `websocket.WebSocketWSGI`, and the decorated function is a WSGI app
served by `eventlet.wsgi`. Here the server listens on a free port of 127.0.0.1 in a green thread,
and the same program connects a minimal RFC 6455 client, sends a few messages and prints the echoes.
There is no standard-library WebSocket server: greenshift flags the handler with a TODO and has no
rewrite for it.
"""
import base64
import struct

import eventlet
from eventlet import websocket, wsgi


@websocket.WebSocketWSGI
def echo(ws):
    while True:
        msg = ws.wait()
        if msg is None:
            break
        ws.send(msg)


def frame(opcode, payload, mask=b'\x1f\x2e\x3d\x4c'):
    """A masked client frame (payloads under 126 bytes)."""
    masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
    return struct.pack('!BB', 0x80 | opcode, 0x80 | len(payload)) + mask + masked


def read_frame(reader):
    first, second = struct.unpack('!BB', reader.read(2))
    return first & 0x0f, reader.read(second & 0x7f)


def client(address, messages):
    sock = eventlet.connect(address)
    key = base64.b64encode(b'greenshift-16-by').decode()
    sock.sendall(('GET /echo HTTP/1.1\r\n'
                  'Host: 127.0.0.1\r\n'
                  'Upgrade: websocket\r\n'
                  'Connection: Upgrade\r\n'
                  'Sec-WebSocket-Key: %s\r\n'
                  'Sec-WebSocket-Version: 13\r\n\r\n' % key).encode())
    reader = sock.makefile('rb')
    print(reader.readline().decode().strip())
    while reader.readline() not in (b'\r\n', b''):
        pass
    for message in messages:
        sock.sendall(frame(0x1, message.encode()))
        opcode, payload = read_frame(reader)
        print("echoed (opcode %d): %s" % (opcode, payload.decode()))
    sock.sendall(frame(0x8, struct.pack('!H', 1000)))
    opcode, payload = read_frame(reader)
    print("closed (opcode %d)" % opcode)
    reader.close()
    sock.close()


listener = eventlet.listen(('127.0.0.1', 0))
eventlet.spawn(wsgi.server, listener, echo, log_output=False)
client(listener.getsockname(), ['hello', 'green world'])
