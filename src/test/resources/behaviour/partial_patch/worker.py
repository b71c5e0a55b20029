import eventlet

done = []


def work():
    done.append(True)


def run():
    helper = eventlet.spawn(work)
    spins = 0
    while not done:
        # Eventlet's sleep lets the green thread run; time.sleep is not patched in this process.
        eventlet.sleep(0)
        spins += 1
        if spins > 10000:
            print('the helper never ran')
            raise SystemExit(3)
    helper.kill()
    print('the helper ran')
