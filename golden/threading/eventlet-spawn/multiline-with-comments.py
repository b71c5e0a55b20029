import logging

import eventlet

LOG = logging.getLogger(__name__)


def serve(server, sock):
    eventlet.spawn(
        server.handle,   # the bound method
        sock,
        # which port to report
        port=8080,
    )
    LOG.info("serving")
