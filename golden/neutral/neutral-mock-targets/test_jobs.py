from unittest import mock

import eventlet


def pause():
    eventlet.sleep(1)


def start(task):
    return eventlet.spawn(task)


class TestJobs:
    @mock.patch('eventlet.sleep')
    def test_pause(self, sleep):
        pause()
        sleep.assert_called_once_with(1)

    @mock.patch("eventlet.spawn")
    def test_start(self, spawn):
        start(print)
        spawn.assert_called_once_with(print)

    @mock.patch('eventlet.listen')
    def test_listen(self, listen):
        assert listen is not None
