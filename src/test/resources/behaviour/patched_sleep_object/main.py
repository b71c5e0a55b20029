"""Unit tests of a poller that must not really sleep: the doubles pass the module and name its attribute."""
from unittest import mock

import eventlet
from eventlet import greenthread

import poller

slept = []
with mock.patch.object(eventlet, 'sleep', side_effect=slept.append):
    print("polled:", poller.poll(iter([False, False, True]).__next__))
print("slept:", slept)

with mock.patch.object(greenthread, "sleep") as nap:
    poller.nap()
print("nap:", nap.call_args_list)
