import eventlet

POOL = eventlet.GreenPool(size=8)


def fetch_all(fetch, urls):
    return list(POOL.imap(fetch, urls))


def run_rounds(task, rounds):
    for r in rounds:
        for item in r:
            POOL.spawn_n(task, item)
        POOL.waitall()


def pile_up(task, items):
    pile = eventlet.GreenPile(POOL)
    for item in items:
        pile.spawn(task, item)
    return list(pile)


def offload(call, *args):
    return eventlet.tpool.execute(call, *args)
