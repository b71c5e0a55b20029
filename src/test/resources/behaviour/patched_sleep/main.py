"""A unit test of retry.call that must not really sleep."""
from unittest import mock

import retry


def flaky(failures):
    left = [failures]

    def fn():
        if left[0]:
            left[0] -= 1
            raise IOError("busy")
        return "ok"
    return fn


slept = []
with mock.patch('retry.sleep', side_effect=slept.append):
    print("result:", retry.call(flaky(2)))
print("slept:", slept)
