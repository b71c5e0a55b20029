"""The shop's shared background helpers, built on Eventlet.

Both parts of the shop call them, and get Eventlet's own objects back.
"""
import logging

import eventlet
from eventlet import event

LOG = logging.getLogger(__name__)

DEFAULT_WORKERS = 4


def async_fetch_data(keys, fetch, workers: int = DEFAULT_WORKERS):
    """Fetch every key with fetch(key), at most workers at a time.

    Returns a green thread whose wait() gives {key: value}.
    """
    pool = eventlet.GreenPool(workers)

    def gather():
        return dict(zip(keys, pool.imap(fetch, keys)))

    return eventlet.spawn(gather)


def async_send_request(request, handler, *, label: str = 'request'):
    """Send request to handler in the background.

    Returns an event whose wait() gives the handler's reply.
    """
    reply = event.Event()

    def send():
        LOG.debug('sending %s', label)
        reply.send(handler(request))

    eventlet.spawn_n(send)
    return reply


def worker_pool(size: int = DEFAULT_WORKERS):
    """A pool for the caller's own background jobs."""
    return eventlet.GreenPool(size)


def async_remind(seconds, callback):
    """Call callback after seconds, unless its green thread ends first."""
    return eventlet.spawn_after_local(seconds, callback)
