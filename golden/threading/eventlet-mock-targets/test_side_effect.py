import time
from unittest import mock

import eventlet


def poll(check):
    while not check():
        eventlet.sleep(1)


class TestPoll:
    @mock.patch.object(time, 'sleep', side_effect=lambda s: eventlet.sleep(0))
    def test_poll_yields(self, sleep):
        answers = iter([False, True])
        poll(lambda: next(answers))

    @mock.patch('eventlet.sleep', side_effect=lambda s: time.sleep(0))
    def test_poll_does_not_wait(self, sleep):
        answers = iter([False, True])
        poll(lambda: next(answers))
        sleep.assert_called_once_with(1)
