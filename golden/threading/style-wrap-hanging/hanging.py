import logging

import eventlet

LOG = logging.getLogger(__name__)


def start_workers(worker, queue, count, interval):
    LOG.info(
        "starting %d workers on %s every %s seconds",
        count, queue, interval)
    for index in range(count):
        eventlet.spawn(worker, queue, index, interval, name='worker-%d' % index)
    eventlet.spawn_n(
        worker, queue, -1, interval, name='reaper')


def fan_out(handler, items):
    pool = eventlet.GreenPool()
    for item in items:
        pool.spawn(
            handler, item, retries=3)
    pool.waitall()
