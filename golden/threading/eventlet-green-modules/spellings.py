from eventlet.green import socket
from eventlet.green import threading as th
from eventlet.green import urllib2, select
from eventlet.green.urllib import request
import eventlet.green.subprocess
from eventlet.green import httplib as client
import os


def fetch(url):
    conn = client.HTTPConnection("example.invalid")
    sock = socket.socket()
    th.Thread(target=sock.close).start()
    select.select([], [], [], 0)
    eventlet.green.subprocess.check_call(["true"])
    return urllib2.urlopen(url), request.urlopen(url), os.getcwd(), conn
