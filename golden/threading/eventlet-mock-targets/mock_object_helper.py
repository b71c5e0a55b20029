"""A driver's polling loop and its test, which stubs the sleep through the base class's mock_object helper."""
import eventlet


class Driver(object):
    def wait_for_lun(self, api, name):
        for _ in range(10):
            if api.lun_ready(name):
                return True
            eventlet.sleep(3)
        return False


class TestDriver(object):
    def setUp(self):
        self.sleep = self.mock_object(eventlet, 'sleep')
        self.driver = Driver()

    def test_gives_up(self):
        self.assertFalse(self.driver.wait_for_lun(FakeApi(ready=False), 'lun'))
        self.assertEqual(10, self.sleep.call_count)
