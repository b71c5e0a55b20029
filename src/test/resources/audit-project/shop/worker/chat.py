from eventlet import websocket


@websocket.WebSocketWSGI
def echo(ws):
    while True:
        msg = ws.wait()
        if msg is None:
            break
        ws.send(msg)
