import eventlet


def handle(sock, addr):
    sock.sendall(b"hi")


eventlet.serve(eventlet.listen(('127.0.0.1', 6000)), handle)
