from unittest import mock


class TestPoll:
    @mock.patch('eventlet.sleep')
    def test_poll_sleeps(self, sleep):
        with mock.patch("eventlet.sleep") as other:
            assert other is not sleep
        assert 'eventlet.sleeper' != "eventlet.sleep.x"
