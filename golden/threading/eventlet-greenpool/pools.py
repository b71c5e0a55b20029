import eventlet


def fetch_all(urls, fetch):
    pool = eventlet.GreenPool(20)
    for url in urls:
        pool.spawn(fetch, url)
    pool.waitall()


def bodies(urls, fetch):
    pool = eventlet.GreenPool()
    return list(pool.imap(fetch, urls))


def pairs(items, combine):
    pool = eventlet.GreenPool(size=4)
    return list(pool.starmap(combine, items))


def reused(urls, fetch):
    pool = eventlet.GreenPool()
    pool.spawn(fetch, urls[0])
    pool.waitall()
    pool.spawn(fetch, urls[1])


def results(urls, fetch):
    pool = eventlet.GreenPool()
    threads = [pool.spawn(fetch, url) for url in urls]
    return [t.wait() for t in threads]


def sized(pool_size):
    pool = eventlet.GreenPool(pool_size)
    pool.resize(pool_size * 2)
    return pool.free()
