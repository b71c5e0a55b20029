import random

import eventlet


def fetch_all(worker, fetch_time, jobs):
    # One argument a line, a nested call aligned to its own bracket, the
    # closing bracket on its own line: the rewrite keeps all of it.
    pool = eventlet.GreenPool(4)
    for _ in range(16):
        pool.spawn(
            worker,
            random.uniform(fetch_time * 3,
                           fetch_time * 6),
            fetch_time
        )
    for job in jobs:
        pool.spawn_n(
            worker,  # the callable
            job,
            fetch_time,
        )
    pool.waitall()
