from unittest import mock

import eventlet
from eventlet import greenthread


def pause():
    eventlet.sleep(1)


def start(task):
    return greenthread.spawn(task)


class TestJobs:
    @mock.patch.object(eventlet, 'sleep')
    def test_pause(self, sleep):
        pause()
        sleep.assert_called_once_with(1)

    @mock.patch.object(greenthread, 'spawn')
    def test_start(self, spawn):
        start(print)
        spawn.assert_called_once_with(print)

    @mock.patch.object(eventlet, 'listen')
    def test_listen(self, listen):
        assert listen is not None
