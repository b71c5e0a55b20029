from shop.utils import sleep


def application(environ, start_response):
    if environ.get('eventlet.input') is not None:
        sleep(0)
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [b'ok']
