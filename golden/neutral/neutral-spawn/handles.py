import eventlet


class Worker:
    def __init__(self, jobs):
        self.jobs = jobs
        self.thread = None

    def start(self):
        self.thread = eventlet.spawn(self.run)
        self.thread.link(self.finished)

    def stop(self):
        self.thread.kill()

    def run(self):
        for job in self.jobs:
            job()
            eventlet.sleep(0)

    def finished(self, thread):
        return thread.wait()


def fire(callback):
    eventlet.spawn_n(callback)
    timer = eventlet.spawn_after(5, callback)
    timer.cancel()
    return eventlet.getcurrent()
