import unittest
from unittest import mock

import eventlet
import fixtures
import testtools


def pause():
    eventlet.sleep(1)


@mock.patch('eventlet.sleep')
class TestClassDecorator(unittest.TestCase):
    @mock.patch('time.sleep')
    def test_both_sleeps(self, time_sleep, eventlet_sleep):
        pause()
        eventlet_sleep.assert_called_once_with(1)


class TestStartedInSetUp(unittest.TestCase):
    def setUp(self):
        patcher = mock.patch('eventlet.sleep')
        self.sleep = patcher.start()
        self.addCleanup(patcher.stop)

    @mock.patch('time.sleep')
    def test_decorated(self, time_sleep):
        pause()
        self.sleep.assert_called_once_with(1)


class TestFixtureInSetUp(testtools.TestCase):
    def setUp(self):
        super().setUp()
        self.sleep = self.useFixture(fixtures.MockPatchObject(eventlet, 'sleep')).mock

    def test_with_block(self):
        with mock.patch('time.sleep'):
            pause()
        self.sleep.assert_called_once_with(1)


class SleepsPatched(unittest.TestCase):
    def setUp(self):
        self.useFixture(fixtures.MockPatch('eventlet.sleep'))


class TestInherited(SleepsPatched):
    def test_inherited(self):
        with mock.patch('time.sleep') as sleep:
            pause()
        sleep.assert_called_once_with(1)


class TestAlone(unittest.TestCase):
    def setUp(self):
        self.sleep = mock.patch('eventlet.sleep').start()
        self.addCleanup(mock.patch.stopall)

    def test_pause(self):
        pause()
        self.sleep.assert_called_once_with(1)


@mock.patch('eventlet.sleep')
class TestAloneDecorated(unittest.TestCase):
    def test_pause(self, sleep):
        pause()
        sleep.assert_called_once_with(1)
