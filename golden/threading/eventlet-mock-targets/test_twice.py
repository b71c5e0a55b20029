from unittest import mock

import eventlet


def pause():
    eventlet.sleep(1)


class TestPause:
    @mock.patch('eventlet.sleep')
    @mock.patch('time.sleep')
    def test_both_sleeps(self, time_sleep, eventlet_sleep):
        pause()
        eventlet_sleep.assert_called_once_with(1)

    def test_both_in_one_with(self):
        with mock.patch('time.sleep'), \
                mock.patch.object(eventlet, 'sleep') as sleep:
            pause()
        sleep.assert_called_once_with(1)

    @mock.patch('eventlet.sleep')
    def test_alone(self, sleep):
        pause()
        sleep.assert_called_once_with(1)
