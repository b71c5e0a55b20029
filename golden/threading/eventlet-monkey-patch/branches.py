import logging

from eventlet import patcher

LOG = logging.getLogger(__name__)


def setup(pool_size):
    # Which kind of pool works here.
    if patcher.is_monkey_patched("thread"):
        LOG.info("threads are green")
        size = pool_size * 10
    else:
        # Native threads are heavier.
        size = pool_size
        if size > 8:
            LOG.warning("large pool: %d", size)
    return size


def describe():
    if not patcher.is_monkey_patched("socket"):
        return "native sockets"
    else:
        return "green sockets"


if patcher.is_monkey_patched("os"):
    DOC = """green
os"""
else:
    DOC = """native
os"""
