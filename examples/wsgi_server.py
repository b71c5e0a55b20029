"""WSGI server (the seed guide's first example).

Serves until killed. The seed listens on ('', 8080); here the host is 127.0.0.1 and the port comes
from GREENSHIFT_EXAMPLE_PORT (default 8080) so that a test can pick a free one.
"""
import os

from eventlet import wsgi, listen

PORT = int(os.environ.get("GREENSHIFT_EXAMPLE_PORT", "8080"))


def simple_app(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [b'Hello, World!\n']


wsgi.server(listen(('127.0.0.1', PORT)), simple_app)
