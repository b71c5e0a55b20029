"""A module whose file name needs escaping in URIs: a space, a hash and a percent sign."""
import eventlet


def pause():
    eventlet.sleep(0.1)
