import eventlet.wsgi


class Server(eventlet.wsgi.Server):
    pass


class Protocol(eventlet.wsgi.HttpProtocol):
    pass
