import eventlet
from eventlet import sleep


class Worker:
    def sleep(self, seconds):
        return seconds

    def run(self, obj):
        self.sleep(1)
        obj.eventlet.sleep(2)
        print("eventlet.sleep(3) is only text")
        # eventlet.sleep(4) in a comment stays too
        eventlet.sleep(5)


def nap(sleep):
    sleep(6)


def wait_a_bit():
    eventlet = FakeEventlet()
    eventlet.sleep(7)
    sleep(8)
