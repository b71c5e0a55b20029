import eventlet


class Crawler:
    def __init__(self, size):
        self.pool = eventlet.GreenPool(size)

    def crawl(self, urls, fetch):
        for url in urls:
            self.pool.spawn(fetch, url, timeout=10)
        self.pool.waitall()


def crawl_all(urls, fetch, other):
    pool = eventlet.GreenPool()
    for url in urls:
        pool.spawn(fetch, url)
    other.spawn(fetch, "not a pool")
    return pool
