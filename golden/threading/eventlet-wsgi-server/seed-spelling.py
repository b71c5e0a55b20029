from eventlet import wsgi, listen


def simple_app(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [b'Hello, World!\n']


wsgi.server(listen(('', 8080)), simple_app)
