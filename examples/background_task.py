"""Background execution of a long task (the seed guide's third example, made short)."""
import eventlet


def long_running_task():
    eventlet.sleep(0.05)
    print("Task completed")


eventlet.spawn(long_running_task)
print("Main thread continues to run")
eventlet.sleep(0.1)
