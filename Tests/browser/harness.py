"""What the browser tests share: a free port, JSON calls to the API, and one Chromium tab
driven over the DevTools protocol."""
import json
import os
import re
import socket
import subprocess
import time
import urllib.error
import urllib.request

import websocket


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def call(method, url, key=None, body=None, content_type="application/json", headers=None):
    request = urllib.request.Request(url, method=method, data=body)
    if key:
        request.add_header("X-API-Key", key)
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    if body is not None:
        request.add_header("Content-Type", content_type)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def start_server(binary, data, **environment):
    """`openkyc serve --demo` on a free port with `data` as its data directory, once it answers.
    Returns (process, the demo tenant's API key, base URL, the environment it runs with)."""
    env = dict(os.environ, OPENKYC_DATA_DIR=data, PORT=str(free_port()), **environment)
    server = subprocess.Popen([binary, "serve", "--demo"], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    key = next(m.group(1) for line in server.stdout for m in [re.search(r"(okyc_\S+)", line)] if m)
    base = f"http://127.0.0.1:{env['PORT']}"
    for _ in range(100):
        try:
            if call("GET", f"{base}/livez")[0] == 200:
                break
        except OSError:
            time.sleep(0.1)
    return server, key, base, env


class Page:
    """The one tab of a Chromium started with --remote-debugging-port, driven over CDP."""

    def __init__(self, port):
        for _ in range(100):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/json", timeout=2) as response:
                    targets = [t for t in json.loads(response.read()) if t["type"] == "page"]
                if targets:
                    break
            except OSError:
                pass
            time.sleep(0.2)
        else:
            raise SystemExit("Chromium did not open its debugging port")
        self.socket = websocket.create_connection(targets[0]["webSocketDebuggerUrl"], timeout=60)
        self.next_id = 0
        self.events = []

    def send(self, method, **params):
        self.next_id += 1
        self.socket.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self.next_id:
                return message.get("result", {})
            if "method" in message:
                self.events.append(message)

    def wait_event(self, method, timeout=30):
        """The next event named `method` (kept ones first), or None after `timeout` seconds."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            for event in self.events:
                if event["method"] == method:
                    self.events.remove(event)
                    return event["params"]
            self.socket.settimeout(max(0.1, deadline - time.time()))
            try:
                message = json.loads(self.socket.recv())
            except websocket.WebSocketTimeoutException:
                break
            finally:
                self.socket.settimeout(60)
            if "method" in message:
                self.events.append(message)
        return None

    def evaluate(self, expression):
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        return result.get("result", {}).get("value")
