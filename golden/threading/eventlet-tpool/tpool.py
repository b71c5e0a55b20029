from eventlet import tpool


def read_config(path, parse):
    tpool.set_num_threads(4)
    data = tpool.execute(parse, path, strict=True)
    conn = tpool.Proxy(open(path))
    return data, conn
