"""Asynchronous network calls (the seed guide's second example).

The seed fetches http://example.com and http://example.org; to stay off the network this program
first starts a tiny HTTP server on 127.0.0.1 (a free port, in a plain thread) and fetches two paths
from it instead.
"""
import http.server
import threading

import eventlet
# The seed imports `from eventlet.green import urllib2`, which does not exist on Python 3
# (urllib2 became urllib.request): this is the Python 3 spelling of the same green module.
from eventlet.green.urllib import request


class Site(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = ("<h1>Example Domain</h1> served at %s" % self.path).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        pass  # keep stderr quiet


site = http.server.HTTPServer(('127.0.0.1', 0), Site)
threading.Thread(target=site.serve_forever, daemon=True).start()
base = 'http://127.0.0.1:%d' % site.server_address[1]


def fetch_url(url):
    return request.urlopen(url).read()


urls = [base + '/example.com', base + '/example.org']
pool = eventlet.GreenPool()

for body in pool.imap(fetch_url, urls):
    print(body)

site.shutdown()
site.server_close()
