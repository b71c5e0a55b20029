"""Chat endpoints: notes go above the first decorator, one per construct."""
import functools

import eventlet
from eventlet import websocket


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


class ChatApp(object):
    @logged
    @websocket.WebSocketWSGI
    def chat(self, ws):
        for message in iter(ws.wait, None):
            ws.send(message)


def collect(jobs):
    pile = eventlet.GreenPile(eventlet.GreenPool(len(jobs)))
    for job in jobs:
        pile.spawn(job)
    return list(pile)
