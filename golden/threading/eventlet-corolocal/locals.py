from eventlet import corolocal

state = corolocal.local()


class Request(corolocal.local):
    pass
