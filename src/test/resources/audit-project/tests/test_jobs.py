import unittest
from unittest import mock

import eventlet

from shop.worker import jobs


class TestJobs(unittest.TestCase):

    @mock.patch('eventlet.spawn')
    def test_start_spawns(self, spawn):
        jobs.start()
        spawn.assert_called()

    @mock.patch('shop.utils.spawn')
    def test_start_uses_the_wrapper(self, spawn):
        jobs.start()
        spawn.assert_called()

    def test_sleep_is_patched(self):
        with mock.patch.object(eventlet, 'sleep') as sleep:
            jobs.start()
        sleep.assert_called_with()
