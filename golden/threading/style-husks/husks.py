"""Volume driver: tpool wrappers that the rewrite unwraps."""
import logging
import os

from eventlet import tpool

LOG = logging.getLogger(__name__)


class Driver(object):
    def __init__(self, volume, use_tpool):
        self.volume = volume
        if use_tpool:
            self.volume = tpool.Proxy(self.volume)

    def connect(self, client):
        client = tpool.Proxy(client)
        return client.open(self.volume)


def configure(threads):
    if threads > 10:
        tpool.set_num_threads(threads)
    elif threads:
        tpool.set_num_threads(4)
    else:
        tpool.killall()


def configure_from_env():
    if os.environ.get('TPOOL_SIZE'):
        tpool.set_num_threads(int(os.environ['TPOOL_SIZE']))
    LOG.info('configured')


def configure_from(conf):
    if conf.read_threads():
        tpool.set_num_threads(conf.threads)


def setup():
    """Size the native thread pool."""
    tpool.set_num_threads(2)


def teardown():
    tpool.killall()
