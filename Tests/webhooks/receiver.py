#!/usr/bin/env python3
"""A webhook receiver on loopback for the tests and the benchmark.

POST /hook/<plan>: answers by the path's plan, a comma-separated list of answers used in
turn (the last one repeats): a status code ("200", "500", "410"), "429-3" (429 with
Retry-After: 3) or "hang" (holds the request for a minute, then 200). Every request is kept.
GET /_received: the requests so far (headers, body as base64, answer, arrival time).
POST /_verify {"secrets": [...]}: checks every request with the API reference's own receiver
code (X-KYC-Signature) and with the PyPI `standardwebhooks` library (webhook-* headers), once
per secret. Prints "PORT <n>" when it listens.
"""
import argparse
import base64
import hashlib
import hmac
import json
import os
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from standardwebhooks.webhooks import Webhook


def verify_webhook(payload, signature, secret):
    # The published API reference's receiver code, unchanged.
    if signature.startswith("sha256="): signature = signature[7:]
    expected = hmac.new(secret.encode('utf-8'), payload, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected.lower(), signature.lower())


def standard_ok(body, headers, secret):
    try:
        Webhook(secret).verify(body, headers)
        return True
    except Exception:
        return False


class Receiver(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go in separate writes: no 40 ms delayed-ACK stall
    lock = threading.Lock()
    records = []
    served = {}
    keep = True

    def log_message(self, *args):
        pass

    def reply(self, status, body=b"", headers=()):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path == "/_received":
            with Receiver.lock:
                body = json.dumps(Receiver.records).encode()
            return self.reply(200, body)
        if self.path == "/_count":
            with Receiver.lock:
                body = json.dumps({"count": len(Receiver.records), "first": Receiver.records[0]["at"] if Receiver.records else None,
                                   "last": Receiver.records[-1]["at"] if Receiver.records else None}).encode()
            return self.reply(200, body)
        self.reply(404)

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length)
        if self.path == "/_verify":
            secrets = json.loads(body)["secrets"]
            with Receiver.lock:
                records = list(Receiver.records)
            results = []
            for record in records:
                raw = base64.b64decode(record["body"])
                headers = record["headers"]
                results.append({
                    "id": headers.get("x-kyc-id"),
                    "reference": [verify_webhook(raw, headers.get("x-kyc-signature", ""), s) for s in secrets],
                    "standard": [standard_ok(raw, headers, s) for s in secrets],
                })
            return self.reply(200, json.dumps(results).encode())
        if not self.path.startswith("/hook/"):
            return self.reply(404)
        plan = self.path[len("/hook/"):].split("?")[0].split(",")
        with Receiver.lock:
            turn = Receiver.served.get(self.path, 0)
            Receiver.served[self.path] = turn + 1
            answer = plan[min(turn, len(plan) - 1)]
            record = {"path": self.path, "at": time.time(), "answer": answer,
                      "headers": {k.lower(): v for k, v in self.headers.items()}}
            if Receiver.keep:
                record["body"] = base64.b64encode(body).decode()
            Receiver.records.append(record)
        if answer == "hang":
            time.sleep(60)
            answer = "200"
        headers = []
        if "-" in answer:
            answer, retry_after = answer.split("-")
            headers.append(("Retry-After", retry_after))
        try:
            self.reply(int(answer), b"{}", headers)
        except (BrokenPipeError, ConnectionResetError):
            pass


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--no-bodies", action="store_true", help="keep only arrival times (benchmark)")
    args = parser.parse_args()
    Receiver.keep = not args.no_bodies
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Receiver)
    server.daemon_threads = True
    server.request_queue_size = 256
    print(f"PORT {server.server_address[1]}", flush=True)
    # Ends with the test process, even when that one dies without stopping us.
    parent = os.getppid()
    def watch():
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)
    threading.Thread(target=watch, daemon=True).start()
    server.serve_forever()


if __name__ == "__main__":
    main()
