import eventlet


def audit_all(partitions, audit):
    pool = eventlet.GreenPool(16)
    for part in partitions:
        pool.spawn_n(audit, part)
    pool.waitall()


def audit_in_rounds(rounds, audit):
    pool = eventlet.GreenPool(16)
    for partitions in rounds:
        for part in partitions:
            pool.spawn_n(audit, part)
        pool.waitall()


class Replicator(object):
    def __init__(self, concurrency):
        self.pool = eventlet.GreenPool(concurrency)

    def replicate(self, job, sync):
        self.pool.spawn_n(sync, job)

    def finish(self):
        self.pool.waitall()
