import unittest

import eventlet
import pytest
from eventlet import Timeout

from app import server


def describe(error):
    # Checks of the exception's class need nothing while the code that raises it stays on Eventlet.
    if isinstance(error, (IOError, eventlet.Timeout)):
        return 'timed out or failed'
    if issubclass(type(error), Timeout):
        return 'timed out'
    return 'failed'


class ServerTest(unittest.TestCase):
    def test_slow_backend_times_out(self):
        self.assertRaises(Timeout, server.fetch, 'slow')

    def test_result_is_a_timeout(self):
        self.assertIsInstance(server.outcome('slow'), eventlet.Timeout)


def test_pytest_style():
    with pytest.raises((Timeout, IOError)):
        server.fetch('slow')


def handler_table():
    # A class used as a value still needs a decision: reported.
    return {eventlet.Timeout: 504}
