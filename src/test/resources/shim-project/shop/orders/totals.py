"""Order totals: prices fetched in the background."""
from shop import api

PRICES = {'apple': 3, 'bread': 5, 'cheese': 11}


def price_of(item):
    return PRICES[item]


def order_total(items):
    handle = api.async_fetch_data(items, price_of, workers=2)
    prices = handle.wait()
    return sum(prices[item] for item in items)


def confirm(order_id):
    done = api.async_send_request(order_id, lambda o: 'order %s confirmed' % o)
    return done.wait()


def packed(items):
    pool = api.worker_pool(2)
    boxes = []
    for item in items:
        pool.spawn(boxes.append, item.upper())
    pool.waitall()
    return sorted(boxes)
