from oslo_config import cfg

opts = [
    cfg.StrOpt('executor', default='eventlet', help='eventlet or threading'),
]
