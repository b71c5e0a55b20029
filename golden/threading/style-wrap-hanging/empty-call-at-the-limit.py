import logging

import eventlet

LOG = logging.getLogger(__name__)


class Agent(object):
    def after_start(self):
        # The rewritten call is one column too wide, and its last bracket is
        # the empty '.start()': the wrap goes inside Thread(...) instead.
        eventlet.spawn_n(self._process_routers_loop)
        LOG.info("agent started")
