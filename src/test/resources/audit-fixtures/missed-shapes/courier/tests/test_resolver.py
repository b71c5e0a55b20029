import fixtures
import testtools

from courier import resolver


class ResolverTest(testtools.TestCase):
    def setUp(self):
        super().setUp()
        self.useFixture(fixtures.MonkeyPatch('eventlet.sleep', lambda s: None))
        self.stub_out('eventlet.spawn', lambda f, *a: f(*a))

    def test_dns(self):
        self.assertTrue(resolver.green_dns())
