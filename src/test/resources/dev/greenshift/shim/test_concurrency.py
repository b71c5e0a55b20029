"""The generated concurrency module, run once per backend.

The backend comes from the GREENSHIFT_TEST_BACKEND environment variable (the
module's switch); every test must pass the same way on both.
"""

import logging
import os
import sys
import unittest

import concurrency

BACKEND = os.environ['GREENSHIFT_TEST_BACKEND']


def fail(message):
    raise ValueError(message)


class Backend(unittest.TestCase):
    def test_the_switch_picks_the_backend(self):
        self.assertEqual(BACKEND, concurrency.backend())

    def test_the_switch_wins_over_init_backend(self):
        other = 'eventlet' if BACKEND == 'threading' else 'threading'
        concurrency.init_backend(other)
        self.assertEqual(BACKEND, concurrency.backend())

    def test_init_backend_refuses_unknown_names(self):
        with self.assertRaises(ValueError):
            concurrency.init_backend('gevent')

    def test_threading_mode_never_imports_eventlet(self):
        concurrency.spawn(concurrency.sleep, 0).result()
        if BACKEND == 'threading':
            self.assertNotIn('eventlet', sys.modules)


class Spawn(unittest.TestCase):
    def test_result_is_the_function_result(self):
        self.assertEqual(5, concurrency.spawn(lambda a, b: a + b, 2, b=3)
                         .result(1))

    def test_result_reraises_the_exception(self):
        with self.assertLogs(concurrency.LOG, logging.ERROR):
            task = concurrency.spawn(fail, 'boom')
            with self.assertRaises(ValueError):
                task.result(1)
        self.assertTrue(task.done())
        self.assertIsInstance(task.exception(), ValueError)

    def test_wait_is_result(self):
        self.assertEqual('x', concurrency.spawn(str, 'x').wait())

    def test_result_times_out(self):
        task = concurrency.spawn(concurrency.sleep, 0.5)
        with self.assertRaises(TimeoutError):
            task.result(0.01)

    def test_done_callbacks_get_the_task(self):
        seen = concurrency.ValueEvent()
        task = concurrency.spawn(str, 'x')
        task.add_done_callback(seen.send)
        self.assertIs(task, seen.wait(1))

    def test_link_passes_extra_arguments(self):
        seen = concurrency.ValueEvent()
        task = concurrency.spawn(str, 'x')
        task.link(lambda t, extra: seen.send((t.result(), extra)), 'y')
        self.assertEqual(('x', 'y'), seen.wait(1))

    def test_spawn_n_logs_failures(self):
        with self.assertLogs(concurrency.LOG, logging.ERROR) as logs:
            concurrency.spawn_n(fail, 'lost')
            concurrency.sleep(0.1)
        self.assertIn('ValueError: lost', logs.output[0])

    def test_spawn_after_runs_later(self):
        task = concurrency.spawn_after(0.05, str, 'late')
        self.assertFalse(task.done())
        self.assertEqual('late', task.result(1))

    def test_spawn_after_can_be_cancelled(self):
        ran = []
        task = concurrency.spawn_after(0.05, ran.append, 1)
        self.assertTrue(task.cancel())
        concurrency.sleep(0.1)
        self.assertEqual([], ran)
        self.assertTrue(task.cancelled())

    def test_a_running_task_cannot_be_cancelled(self):
        task = concurrency.spawn(concurrency.sleep, 0.05)
        concurrency.sleep(0.01)
        self.assertFalse(task.cancel())
        task.result(1)

    def test_getcurrent_differs_between_tasks(self):
        here = concurrency.getcurrent()
        self.assertIsNot(here, concurrency.spawn(concurrency.getcurrent)
                         .result(1))
        self.assertIs(here, concurrency.getcurrent())


class Events(unittest.TestCase):
    def test_value_event_wait_returns_the_sent_value(self):
        event = concurrency.ValueEvent()
        concurrency.spawn_after(0.01, event.send, 42)
        self.assertEqual(42, event.wait())
        self.assertTrue(event.ready())

    def test_value_event_wait_returns_none_on_timeout(self):
        self.assertIsNone(concurrency.ValueEvent().wait(0.02))

    def test_value_event_send_exception_raises_in_waiters(self):
        event = concurrency.ValueEvent()
        event.send_exception(KeyError('k'))
        with self.assertRaises(KeyError):
            event.wait()

    def test_value_event_sends_once_until_reset(self):
        event = concurrency.ValueEvent()
        event.send(1)
        with self.assertRaises(AssertionError):
            event.send(2)
        event.reset()
        event.send(3)
        self.assertEqual(3, event.wait())

    def test_event_is_a_flag(self):
        flag = concurrency.Event()
        self.assertFalse(flag.wait(0.01))
        concurrency.spawn_after(0.01, flag.set)
        self.assertTrue(flag.wait(1))


class Semaphores(unittest.TestCase):
    def test_semaphore_counts(self):
        sem = concurrency.Semaphore(1)
        self.assertTrue(sem.acquire())
        self.assertFalse(sem.acquire(blocking=False))
        sem.release()
        self.assertTrue(sem.acquire(timeout=0.1))

    def test_bounded_semaphore_refuses_extra_release(self):
        sem = concurrency.BoundedSemaphore(1)
        with self.assertRaises(ValueError):
            sem.release()


class Queues(unittest.TestCase):
    def test_default_queue_is_unbounded(self):
        q = concurrency.Queue()
        for i in range(100):
            q.put_nowait(i)
        self.assertEqual(0, q.get())

    def test_queue_zero_is_a_rendezvous(self):
        q = concurrency.Queue(0)
        with self.assertRaises(concurrency.Full):
            q.put(1, timeout=0.02)
        taken = concurrency.spawn(q.get, timeout=1)
        concurrency.sleep(0.01)
        q.put('handed', timeout=1)
        self.assertEqual('handed', taken.result(1))

    def test_get_times_out_with_empty(self):
        with self.assertRaises(concurrency.Empty):
            concurrency.Queue().get(timeout=0.01)

    def test_bounded_queue_is_full(self):
        q = concurrency.Queue(1)
        q.put(1)
        with self.assertRaises(concurrency.Full):
            q.put_nowait(2)


class Pools(unittest.TestCase):
    def test_imap_keeps_order(self):
        pool = concurrency.Pool(2)
        self.assertEqual([0, 2, 4, 6], list(pool.imap(lambda x: x * 2,
                                                      range(4))))

    def test_starmap_unpacks(self):
        pool = concurrency.Pool(2)
        self.assertEqual([8, 9], list(pool.starmap(pow, [(2, 3), (3, 2)])))

    def test_spawn_waits_for_room(self):
        pool = concurrency.Pool(1)
        first = pool.spawn(concurrency.sleep, 0.05)
        pool.spawn(str, 'second')
        self.assertTrue(first.done())

    def test_waitall_keeps_the_pool_usable(self):
        pool = concurrency.Pool(2)
        done = []
        for round_ in range(2):
            for i in range(3):
                pool.spawn_n(done.append, (round_, i))
            pool.waitall()
            self.assertEqual(0, pool.running())
        self.assertEqual(6, len(done))

    def test_pile_yields_in_spawn_order(self):
        pile = concurrency.Pile(3)
        for delay in (0.03, 0.01, 0.02):
            pile.spawn(lambda d: concurrency.sleep(d) or d, delay)
        self.assertEqual([0.03, 0.01, 0.02], list(pile))


class Timeouts(unittest.TestCase):
    def test_timeout_fires_in_a_poll_loop(self):
        turns = []
        with self.assertRaises(concurrency.Timeout):
            with concurrency.Timeout(0.05):
                while True:
                    turns.append(1)
                    concurrency.sleep(0.01)
        self.assertGreater(len(turns), 1)

    def test_timeout_false_leaves_the_block_silently(self):
        with concurrency.Timeout(0.02, False):
            concurrency.sleep(1)

    def test_timeout_raises_the_given_exception(self):
        with self.assertRaises(KeyError):
            with concurrency.Timeout(0.02, KeyError('late')):
                concurrency.sleep(1)

    def test_timeout_interrupts_a_result_wait(self):
        task = concurrency.spawn(concurrency.sleep, 1)
        with self.assertRaises(concurrency.Timeout):
            with concurrency.Timeout(0.02):
                task.result()

    def test_with_timeout_returns_timeout_value(self):
        self.assertEqual('late', concurrency.with_timeout(
            0.02, concurrency.sleep, 1, timeout_value='late'))

    def test_deadline(self):
        deadline = concurrency.Deadline(0.02)
        self.assertFalse(deadline.expired())
        concurrency.sleep(0.03)
        self.assertTrue(deadline.expired())


class Tpool(unittest.TestCase):
    def test_tpool_execute_calls(self):
        self.assertEqual(3, concurrency.tpool_execute(len, 'abc'))

    def test_tpool_wrap_forwards_calls(self):
        self.assertEqual('ABC', concurrency.tpool_wrap('abc').upper())


class GreenModules(unittest.TestCase):
    def test_modules_come_from_the_backend(self):
        from concurrency import socket
        expected = 'eventlet.green.socket' if BACKEND == 'eventlet' \
            else 'socket'
        self.assertEqual(expected, socket.__name__)

    def test_local_is_per_task(self):
        data = concurrency.local()
        data.name = 'main'
        other = concurrency.spawn(lambda: getattr(data, 'name', None))
        self.assertIsNone(other.result(1))


if __name__ == '__main__':
    unittest.main()
