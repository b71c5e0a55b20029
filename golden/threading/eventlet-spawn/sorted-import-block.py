"""Keeps the stdlib group sorted when adding imports."""

import os
import sys
import uuid

import eventlet
from oslo_log import log as logging

LOG = logging.getLogger(__name__)


def launch(task):
    LOG.debug("launching %s from %s", task, os.getpid())
    eventlet.spawn(task, sys.argv, uuid.uuid4())
