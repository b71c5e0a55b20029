import eventlet as ev
from eventlet import Timeout
from eventlet.event import Event
from eventlet.green import urllib2
from eventlet.greenpool import GreenPool as Pool

from shop import green
from shop import utils


class Deadline(ev.Timeout):
    """A Timeout with a name."""


class JobRunner(object):
    def __init__(self):
        self.pool = Pool(10)
        self.done = Event()

    def run(self, urls):
        for body in self.pool.imap(fetch, urls):
            print(body)
        self.pool.waitall()
        self.done.send(True)


def fetch(url):
    with Timeout(5):
        return urllib2.urlopen(url).read()


def start():
    gt = utils.spawn(fetch, 'http://example.com')
    gt.wait()
    green.run_in_background(fetch)
    ev.sleep()
    ev.spawn(fetch, 'http://example.org')
    # ev.spawn(fetch) in a comment does not count
    message = "eventlet.spawn is not called here"
    eventlet_settings = {'mode': message}
    return eventlet_settings
