import eventlet
from eventlet import wsgi

from shop.api import app


def main():
    sock = eventlet.listen(('0.0.0.0', 8080))
    wsgi.server(sock, app.application)


if __name__ == '__main__':
    main()
