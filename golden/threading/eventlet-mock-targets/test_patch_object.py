from unittest import mock

import eventlet
from eventlet import greenthread
from eventlet import tpool


def pause():
    eventlet.sleep(1)


def nap():
    greenthread.sleep(0.5)


class TestPause:
    @mock.patch.object(eventlet, 'sleep')
    def test_pause(self, sleep):
        pause()
        sleep.assert_called_once_with(1)

    def test_nap(self):
        with mock.patch.object(greenthread, "sleep") as sleep:
            nap()
        sleep.assert_called_once_with(0.5)

    @mock.patch.object(tpool, 'execute')
    def test_tpool_is_reported(self, execute):
        assert execute is not None
