import eventlet
from eventlet import wsgi


def app(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [b'ok\n']


def serve(port):
    sock = eventlet.listen(('127.0.0.1', port))
    eventlet.spawn(wsgi.server, sock, app)
    eventlet.sleep(0)
