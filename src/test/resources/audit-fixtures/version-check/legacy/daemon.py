"""Patches under a Python version check: every interpreter it runs on takes the branch, no user can turn it off."""
import sys

import eventlet

if sys.version_info >= (3, 0):
    eventlet.monkey_patch()


def main():
    eventlet.sleep(1)


if __name__ == '__main__':
    main()
