from shop import utils


def run_in_background(func):
    return utils.spawn(func)
