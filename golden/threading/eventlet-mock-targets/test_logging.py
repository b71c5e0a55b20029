import logging
from unittest import mock

import eventlet


def settle():
    eventlet.sleep(0)


class TestSettle:
    def test_logger_name_is_not_a_target(self):
        log = logging.getLogger('eventlet.wsgi.server')
        assert log.name == 'eventlet.wsgi.server'

    @mock.patch('eventlet.sleep')
    def test_settle(self, sleep):
        settle()
        sleep.assert_called_once_with(0)

    @mock.patch('eventlet.spawn')
    def test_nothing_spawned_here(self, spawn):
        assert not spawn.called
