def _log_task_error(future):
    """Log the error a pool task ended with (a green thread printed it)."""
    error = future.exception()
    if error is not None:
        LOG.error('Unhandled error in a pool task', exc_info=error)
