"""Options of the relay service: the ones that select or tune Eventlet are configuration findings."""
import os
import sys
import warnings

from oslo_config import cfg
import oslo_messaging

OPTS = [
    cfg.StrOpt('concurrency_backend', default='threading',
               choices=[('threading', 'native threads'), ('eventlet', 'green threads, deprecated')]),
    cfg.BoolOpt('eventlet_debug', default=False),
    cfg.IntOpt('eventlet_tpool_num_threads', default=20),
]

# Not configuration: a warnings filter, a check of what is imported, a comparison, a lint message.
warnings.filterwarnings('ignore', category=DeprecationWarning, module='eventlet')
ALREADY_GREEN = 'eventlet' in sys.modules
LINT_MESSAGE = "R101: do not import eventlet in this module"


def is_green(backend):
    return backend == 'eventlet'


def patching_disabled():
    return os.environ.get('OS_RELAY_DISABLE_EVENTLET_PATCHING', '').lower() in ('1', 'true')


def server(transport, target, endpoints):
    os.environ.setdefault('EVENTLET_NO_GREENDNS', 'yes')
    return oslo_messaging.get_rpc_server(transport, target, endpoints, executor='eventlet')


def gunicorn_options():
    return {'worker_class': 'eventlet', 'workers': 4}
