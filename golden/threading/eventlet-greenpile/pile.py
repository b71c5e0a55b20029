import eventlet


def gather(jobs):
    pile = eventlet.GreenPile(4)
    for job in jobs:
        pile.spawn(job)
    return list(pile)
