"""A copy to two arrays: the secondary's failure must come back through wait()."""
import eventlet


def write_secondary(data):
    eventlet.sleep(0.01)
    raise IOError("secondary array offline")


def copy(data):
    gt = eventlet.spawn(write_secondary, data)
    try:
        print("primary written:", len(data), "bytes")
    finally:
        gt.wait()


def checksum(data):
    gt = eventlet.spawn(sum, data)
    return gt.wait()


try:
    copy(b"abc")
    print("copy succeeded")
except IOError as e:
    print("copy failed:", e)
print("checksum:", checksum(b"abc"))
