"""Worker entry point: patching under tests that do something, and branches on what is patched."""
import logging
import sys

import eventlet
from eventlet import patcher

LOG = logging.getLogger(__name__)


def configure_logging():
    logging.basicConfig(level=logging.INFO)
    return True


if configure_logging() and sys.platform != "win32":
    eventlet.monkey_patch()

if patcher.is_monkey_patched("thread"):
    LOG.info("threads are green")

if not patcher.is_monkey_patched("socket"):
    LOG.info("sockets are native")

if patcher.is_monkey_patched("os"):
    LOG.info("os is green")
else:
    LOG.info("os is native")

ready = patcher.is_monkey_patched("select")
