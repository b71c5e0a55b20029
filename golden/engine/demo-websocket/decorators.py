import eventlet.websocket
from eventlet.websocket import websocket


@eventlet.websocket.WebSocketWSGI
def echo(ws):
    ws.send(ws.wait())


class Handlers:
    @websocket('/echo')
    def echo(self, ws):
        ws.send(ws.wait())
