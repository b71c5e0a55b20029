"""Green thread management (the seed guide's fifth example, made short and finite).

The seed's tasks loop forever with 1 s sleeps, and the program ends before either runs. Here each
task runs three turns 100 ms apart, task 2 starts 50 ms after task 1 so that their prints alternate
in a fixed order, and the main thread waits for both.
"""
import eventlet


def task1():
    for _ in range(3):
        print("Task 1 running")
        eventlet.sleep(0.1)


def task2():
    for _ in range(3):
        print("Task 2 running")
        eventlet.sleep(0.1)


eventlet.spawn(task1)
eventlet.sleep(0.05)
eventlet.spawn(task2)
eventlet.sleep(0.4)
