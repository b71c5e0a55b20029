"""Rounds of work on one pool, drained after each round."""
import eventlet


def square(n, out):
    out.append(n * n)


def run_rounds(batches):
    pool = eventlet.GreenPool(4)
    for batch in batches:
        out = []
        for n in batch:
            pool.spawn_n(square, n, out)
        pool.waitall()
        print("round:", sorted(out))


run_rounds([[1, 2], [3, 4], [5]])
