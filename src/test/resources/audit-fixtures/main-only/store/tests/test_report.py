import unittest

import eventlet

from store import report


class ReportTest(unittest.TestCase):
    def test_summary(self):
        eventlet.sleep(0)
        self.assertEqual(report.summary(['x']), 1)


if __name__ == '__main__':
    unittest.main()
