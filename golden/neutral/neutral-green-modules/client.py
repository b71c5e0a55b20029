import json

from eventlet.green import socket, time
from eventlet.green.urllib import request
from eventlet.green import Queue as queue
from eventlet.green import httplib

inbox = queue.Queue()


def ping(host, port):
    started = time.time()
    conn = socket.create_connection((host, port))
    conn.close()
    return time.time() - started


def status(url):
    return json.loads(request.urlopen(url).read())


def raw(host):
    return httplib.HTTPConnection(host)
