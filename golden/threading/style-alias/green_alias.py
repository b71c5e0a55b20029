"""Run helper commands; the green aliases lie once the modules are the standard ones."""
import logging

from eventlet.green import subprocess as green_subprocess
from eventlet.green import time as green_time

LOG = logging.getLogger(__name__)


def run(cmd, retries=3):
    for attempt in range(retries):
        proc = green_subprocess.Popen(cmd, stdout=green_subprocess.PIPE)
        out, _ = proc.communicate()
        if proc.returncode == 0:
            return out
        green_time.sleep(attempt)
    raise green_subprocess.CalledProcessError(proc.returncode, cmd)


def wait(time=None):
    # 'time' is a parameter here: green_time cannot become time
    green_time.sleep(time or 1)
