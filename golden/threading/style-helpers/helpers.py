"""Scheduler: helpers are written once, use the module's logger and take a free name."""
import logging

import eventlet

LOG = logging.getLogger(__name__)


def _start_timer():
    """The project's own function of that name: the helper takes another."""
    LOG.info('starting')


def schedule(jobs, delay):
    for job in jobs:
        eventlet.spawn_after(delay, job)
    reminder = eventlet.spawn_after(delay * 2, LOG.info, 'late jobs')
    reminder.cancel()


def run_all(jobs):
    pool = eventlet.GreenPool(len(jobs))
    for job in jobs:
        pool.spawn_n(job)
    pool.waitall()
