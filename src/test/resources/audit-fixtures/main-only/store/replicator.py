"""A daemon module: main() patches, but only when the module runs as a program."""
import eventlet


def replicate(items):
    pool = eventlet.GreenPool(4)
    for item in items:
        pool.spawn(print, item)
    pool.waitall()


def main():
    eventlet.monkey_patch()
    replicate(['a', 'b'])


if __name__ == '__main__':
    main()
