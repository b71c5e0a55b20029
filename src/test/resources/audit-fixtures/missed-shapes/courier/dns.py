"""Green DNS for the whole process: imported only for what importing it does."""
import eventlet.support.greendns  # noqa: F401
