#!/usr/bin/env python3
"""The Mini App's liveness step in a real browser (Debian's headless Chromium).

Starts `openkyc serve` on a free port with a fresh data directory, takes a session to the
liveness step through the API, opens the Mini App in Chromium with its fake camera (a moving
test pattern, no face), presses "Start the liveness check" and waits. It checks that the page
asked the server for a challenge, showed each move, captured and uploaded a burst with capture
times, and showed the verdict; and that the server recorded that verdict (no face in a test
pattern, so liveness_result is false) and spent the challenge.

Usage: mini_app_liveness.py OPENKYC_BINARY FIXTURES_DIR      (exits non-zero on failure)
Needs chromium and the websocket-client package.
"""
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid

import websocket


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def call(method, url, key=None, body=None, content_type="application/json"):
    request = urllib.request.Request(url, method=method, data=body)
    if key:
        request.add_header("X-API-Key", key)
    if body is not None:
        request.add_header("Content-Type", content_type)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def upload(base, session_id, doc_type, path):
    boundary = uuid.uuid4().hex
    data = open(path, "rb").read()
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"session_id\"\r\n\r\n{session_id}\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f.jpg\"\r\n"
            "Content-Type: image/jpeg\r\n\r\n").encode() + data + f"\r\n--{boundary}--\r\n".encode()
    return call("POST", f"{base}/upload/{doc_type}", body=body, content_type=f"multipart/form-data; boundary={boundary}")


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

    def send(self, method, **params):
        self.next_id += 1
        self.socket.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self.next_id:
                return message.get("result", {})

    def evaluate(self, expression):
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        return result.get("result", {}).get("value")


def main():
    binary, fixtures = sys.argv[1], sys.argv[2]
    failures = []

    def check(condition, what):
        print(("ok   " if condition else "FAIL ") + what, flush=True)
        if not condition:
            failures.append(what)

    with tempfile.TemporaryDirectory() as data:
        port = free_port()
        env = dict(os.environ, OPENKYC_DATA_DIR=data, PORT=str(port))
        server = subprocess.Popen([binary, "serve", "--demo"], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                  text=True)
        browser = None
        try:
            key = None
            for line in server.stdout:
                match = re.search(r"(okyc_\S+)", line)
                if match:
                    key = match.group(1)
                    break
            base = f"http://127.0.0.1:{port}"
            for _ in range(100):
                try:
                    if call("GET", f"{base}/livez")[0] == 200:
                        break
                except OSError:
                    time.sleep(0.1)
            status, created = call("POST", f"{base}/session/create", key,
                                   json.dumps({"telegram_id": "777000111", "first_name": "Ama", "last_name": "Mensah"}).encode())
            check(status == 200, "session created")
            session_id = created["session_id"]
            for doc_type, name in (("id_front", "img1.jpg"), ("id_back", "img2.jpg"), ("selfie", "img3.jpg")):
                check(upload(base, session_id, doc_type, os.path.join(fixtures, "faces", name))[0] == 200, f"{doc_type} uploaded")

            debug_port = free_port()
            profile = tempfile.mkdtemp(prefix="chromium-", dir=data)
            browser = subprocess.Popen(
                ["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", f"--remote-debugging-port={debug_port}",
                 f"--user-data-dir={profile}", "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                 "about:blank"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            page = Page(debug_port)
            page.send("Page.enable")
            page.send("Page.navigate", url=created["mini_app_url"])
            for _ in range(100):
                if page.evaluate("document.getElementById('step') && document.getElementById('step').textContent") \
                        == "A short liveness check":
                    break
                time.sleep(0.1)
            check(page.evaluate("document.getElementById('liveness').hidden") is False, "the liveness step is shown")
            page.evaluate("document.getElementById('start').click()")
            prompts = set()
            verdict = ""
            for _ in range(600):
                prompts.add(page.evaluate("document.getElementById('prompt').textContent"))
                verdict = page.evaluate("document.getElementById('result').textContent") or ""
                if verdict:
                    break
                time.sleep(0.1)
            moves = [p for p in prompts if p and re.match(r"\d/\d: ", p)]
            check(len(moves) >= 2, f"each move was shown ({sorted(moves)})")
            check("could not confirm" in verdict, f"the verdict was shown: {verdict!r}")
            check(page.evaluate("document.getElementById('result').dataset.passed") == "false", "a test pattern does not pass")

            status, session = call("GET", f"{base}/session/{session_id}/status", key)
            verification = session.get("verification") or {}
            check(verification.get("liveness_result") is False and verification.get("liveness_score") is not None,
                  f"the server recorded the verdict ({verification})")
            # A failed burst does not complete the step while attempts remain: the user tries again.
            check(session.get("current_step") == "liveness", "a failed burst keeps the user on the liveness step")
            spent = upload(base, session_id, "liveness", os.path.join(fixtures, "faces", "img3.jpg"))
            check(spent[0] == 409 and spent[1].get("code") == "LIVENESS_CHALLENGE_REQUIRED", "the challenge was spent")
        finally:
            if browser:
                browser.terminate()
                browser.wait(10)
            server.terminate()
            server.wait(10)
    if failures:
        raise SystemExit(f"{len(failures)} browser check(s) failed")
    print("Mini App liveness step: all browser checks passed")


if __name__ == "__main__":
    main()
