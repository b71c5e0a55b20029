import eventlet


class Clock:
	def tick(self):
		if self.running:
			eventlet.sleep(
				self.interval)
		return True
