import eventlet

DELAY = eventlet.sleep  # `sleep` <i>alias</i>
