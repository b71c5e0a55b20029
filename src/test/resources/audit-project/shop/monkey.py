import os

import eventlet


def _patch():
    eventlet.monkey_patch()


if os.environ.get('SHOP_DISABLE_EVENTLET') != '1':
    _patch()
