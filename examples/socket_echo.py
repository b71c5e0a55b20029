"""Socket compatibility: an echo server (the seed guide's sixth example, made finite).

The seed binds ('0.0.0.0', 6000) and serves forever. Here the server socket is bound to a free
port on 127.0.0.1, the accept loop (run in its own green thread) serves a fixed number of clients,
and the same program connects those clients one after the other and prints what came back.
"""
import eventlet
from eventlet.green import socket

MESSAGES = [b'hello', b'green world', b'x' * 3000]


def echo_server(server, clients):
    for _ in range(clients):
        client_socket, addr = server.accept()
        eventlet.spawn(handle_client, client_socket)


def handle_client(client_socket):
    while True:
        data = client_socket.recv(1024)
        if not data:
            break
        client_socket.sendall(data)
    client_socket.close()


server = socket.socket()
server.bind(('127.0.0.1', 0))
server.listen(5)
eventlet.spawn(echo_server, server, len(MESSAGES))

for message in MESSAGES:
    client = socket.create_connection(server.getsockname())
    client.sendall(message)
    client.shutdown(socket.SHUT_WR)
    echoed = b''
    while True:
        chunk = client.recv(1024)
        if not chunk:
            break
        echoed += chunk
    client.close()
    print("echoed %d bytes: %r" % (len(echoed), echoed[:20]))
server.close()
