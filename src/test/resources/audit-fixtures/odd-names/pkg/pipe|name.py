"""A file name with a pipe, and snippets with Markdown and HTML in them."""
import eventlet


def race(a, b):
    return eventlet.spawn(lambda: a | b)  # `a | b` in <b>bold</b>


def fan_out(items, process_one_item_with_a_rather_long_name):
    # One long unbroken token, as generated code or a long dotted path gives: the report must wrap it, not widen.
    return [eventlet.spawn(process_one_item_with_a_rather_long_name,item,retries=3,backoff=0.5,timeout=30,name='fan-out-worker')for item in items]
