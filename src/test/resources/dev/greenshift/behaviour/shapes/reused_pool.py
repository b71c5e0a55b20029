"""One GreenPool serves several rounds: waitall() leaves it usable; spawn() waits for room."""
import eventlet

pool = eventlet.GreenPool(2)
results = []


def work(round_, item):
    eventlet.sleep(0.01 * (3 - item))
    results.append((round_, item))


for round_ in range(2):
    for item in range(3):
        pool.spawn(work, round_, item)
    pool.waitall()
    print('round', round_, 'done:', sorted(results))
    print('running after waitall:', pool.running())
print('squares:', list(pool.imap(lambda x: x * x, range(5))))
print('sums:', list(pool.starmap(lambda a, b: a + b, [(1, 2), (3, 4)])))
pile = eventlet.GreenPile(pool)
for delay in (0.03, 0.01):
    pile.spawn(lambda d: eventlet.sleep(d) or d, delay)
print('pile in order:', list(pile))
