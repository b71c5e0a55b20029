import logging
import os
from functools import partial

import eventlet
from eventlet.green import subprocess

LOG = logging.getLogger(__name__)


def run(cmd):
    eventlet.sleep(0)
    LOG.info("running %s in %s", cmd, os.getcwd())
    return partial(subprocess.check_output, cmd)()
