import eventlet
from eventlet import Timeout

from app import client


class FakeConnection(object):
    def __init__(self, outcomes):
        self.outcomes = outcomes

    def read(self):
        outcome = self.outcomes.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome


def test_retries_after_a_timeout():
    # Unarmed Timeouts are exception values: nothing to decide while the code under test catches them.
    conn = FakeConnection([Timeout(), eventlet.Timeout(None), b'data'])
    assert client.read_with_retries(conn) == b'data'


def test_gives_up():
    conn = FakeConnection([])
    conn.read = lambda: (_ for _ in ()).throw(eventlet.Timeout())
    try:
        client.read_with_retries(conn, tries=1)
    except eventlet.Timeout:
        pass


def armed(conn):
    # An armed one still interrupts: reported.
    with Timeout(5):
        return conn.read()
