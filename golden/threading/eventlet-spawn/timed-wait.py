"""Replies awaited under Timeouts, in the shapes that have a Future equivalent and two that do not."""
import eventlet
from eventlet import timeout


class ReplyTimeout(eventlet.Timeout):
    """Raised when a peer does not answer in time."""


def ask(peer, question):
    gt = eventlet.spawn(peer.answer, question)
    with eventlet.Timeout(5):
        return gt.wait()


def ask_quietly(peer, question, seconds):
    gt = eventlet.spawn(peer.answer, question)
    answer = None
    with ReplyTimeout(seconds, False):
        answer = gt.wait()
    return answer


def ask_or_give_up(peer, question):
    gt = eventlet.spawn(peer.answer, question)
    with timeout.Timeout(5, LookupError(question)):
        gt.wait()


def ask_politely(peer, question):
    gt = eventlet.spawn(peer.answer, question)
    try:
        with ReplyTimeout(5):
            return gt.wait()
    except ReplyTimeout:
        return "no answer"


def ask_twice(peer, question):
    gt = eventlet.spawn(peer.answer, question)
    with eventlet.Timeout(10):
        peer.remind()
        return gt.wait()
