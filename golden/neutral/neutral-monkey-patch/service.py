"""Entry point of the shop worker service."""
import eventlet
eventlet.monkey_patch(thread=False)

import eventlet.hubs  # noqa: E402
from eventlet import tpool  # noqa: E402

eventlet.hubs.use_hub("poll")


def main(db):
    tpool.set_num_threads(4)
    conn = tpool.Proxy(db.connect())
    return conn
