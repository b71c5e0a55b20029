"""Background execution of a long task (the seed guide's third example, made short).

The seed's task sleeps 10 s and the program ends before it completes; here the task sleeps 50 ms
and the main thread waits long enough (250 ms) for it to finish.
"""
import eventlet


def long_running_task():
    # Simulate a long-running task
    eventlet.sleep(0.05)
    print("Task completed")


eventlet.spawn(long_running_task)
print("Main thread continues to run")
eventlet.sleep(0.25)
