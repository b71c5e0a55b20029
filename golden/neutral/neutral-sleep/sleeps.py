"""Backoff helpers of a small job runner."""
import logging

from eventlet import sleep as pause
from eventlet.greenthread import sleep

LOG = logging.getLogger(__name__)


def retry(call, attempts=3):
    for attempt in range(attempts):
        try:
            return call()
        except IOError:
            LOG.warning("attempt %d failed", attempt)
            pause(0.1 * 2 ** attempt)
    sleep()
    return None


def yielder(step=sleep):
    step(seconds=0)
