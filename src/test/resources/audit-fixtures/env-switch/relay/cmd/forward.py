import relay.cmd  # noqa: F401  (patches, unless switched off)
from relay import pump


def main():
    pump.run()
