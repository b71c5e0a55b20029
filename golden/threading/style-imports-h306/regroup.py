"""Agent that polls a control socket."""

import logging
import os

import eventlet
from eventlet.green import socket
from oslo_config import cfg

LOG = logging.getLogger(__name__)


def poll(path):
    sock = socket.socket(socket.AF_UNIX)
    sock.connect(path)
    eventlet.sleep(cfg.CONF.poll_interval)
    LOG.debug("polled %s from %s", path, os.getpid())
    return sock.recv(1024)
