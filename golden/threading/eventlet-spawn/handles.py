import eventlet


def run_and_join(job):
    worker = eventlet.spawn(job, 1)
    worker.wait()


def run_and_forget(job):
    ignored = eventlet.spawn(job)


def run_and_use_result(job):
    worker = eventlet.spawn(job)
    return worker.wait()


class Service:
    def start(self, loop):
        self.thread = eventlet.spawn(loop)

    def stop(self):
        self.thread.wait()


class Registry:
    def start(self, loop, registry):
        self.thread = eventlet.spawn(loop)
        registry[self.thread] = self
