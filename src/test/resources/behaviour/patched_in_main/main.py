# A tool that patches in main(): the module's imports ran before the patch.
import eventlet
from eventlet import sleep

done = []


def work():
    done.append(True)


def main():
    eventlet.monkey_patch()
    helper = eventlet.spawn(work)
    spins = 0
    while not done:
        sleep()
        spins += 1
        if spins > 10000:
            print('the helper never ran')
            raise SystemExit(3)
    helper.kill()
    print('the helper ran')


if __name__ == '__main__':
    main()
