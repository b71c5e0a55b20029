from eventlet import pools
from eventlet import db_pool


class Connections(pools.Pool):
    def create(self):
        return db_pool.ConnectionPool(object)
