"""A volume copier and its watchdog."""
import logging
import sys

import eventlet

LOG = logging.getLogger(__name__)


def copy_volume(src, dst, mirror):
    secondary = eventlet.spawn(mirror.write, dst)
    try:
        src.copy_to(dst)
    finally:
        secondary.wait()


def checksum(blocks):
    worker = eventlet.spawn(sum, blocks)
    return worker.wait()


def _watch_parent(parent_pid, is_alive):
    while is_alive(parent_pid):
        eventlet.sleep(1)
    LOG.info("parent %s gone, exiting", parent_pid)
    sys.exit(1)


def start_watchdog(parent_pid, is_alive):
    eventlet.spawn_n(_watch_parent, parent_pid, is_alive)
