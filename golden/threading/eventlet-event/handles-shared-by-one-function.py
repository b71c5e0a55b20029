import eventlet
from eventlet import event


def ping_pong(mine, theirs, rounds):
    for _ in range(rounds):
        theirs.wait()
        theirs.reset()
        mine.send()


def play(rounds):
    ping = event.Event()
    pong = event.Event()
    ping.send()
    first = eventlet.spawn(ping_pong, ping, pong, rounds)
    second = eventlet.spawn(ping_pong, pong, ping, rounds)
    first.wait()
    second.wait()
