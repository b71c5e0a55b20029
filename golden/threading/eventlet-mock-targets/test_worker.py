from unittest import mock

import eventlet


def pause():
    eventlet.sleep(1)


class TestWorker:
    @mock.patch('eventlet.sleep')
    def test_pause(self, sleep):
        pause()
        sleep.assert_called_once_with(1)

    @mock.patch('eventlet.spawn')
    def test_spawn(self, spawn):
        assert spawn is not None

    @mock.patch("eventlet.event.Event")
    def test_event(self, event):
        assert event is not None
