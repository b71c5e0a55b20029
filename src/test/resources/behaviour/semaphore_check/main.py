import eventlet
eventlet.monkey_patch()

import checks  # noqa: E402
import counted  # noqa: E402

print('own semaphore checks out:', checks.is_limit(checks.make_limit(2)))
print('counted semaphore checks out:', checks.is_limit(counted.make_counted(2)))
