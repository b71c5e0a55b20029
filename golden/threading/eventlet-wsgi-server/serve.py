import eventlet
from eventlet import wsgi


def app(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [b'Hello, World!\n']


def main():
    wsgi.server(eventlet.listen(('127.0.0.1', 8080)), app, log_output=False)


def main_on_socket(sock):
    eventlet.wsgi.server(sock, app, max_size=100)


def main_custom(sock, pool):
    wsgi.server(sock, app, custom_pool=pool)
