#!/usr/bin/env python3
"""A minimal webhook receiver for the webhook checks and the benchmark (loopback only).

    scripts/webhook-receiver.py PORT LOG [STATUS [DELAY_MS]]

Accepts POSTs on 127.0.0.1:PORT (HTTP/1.1, keep-alive), appends one JSON line per request to LOG with the
Standard Webhooks headers and the raw body, and answers STATUS (default 204) after DELAY_MS (default 0).
Stops on SIGTERM.
"""
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PORT, LOG = int(sys.argv[1]), sys.argv[2]
STATUS = int(sys.argv[3]) if len(sys.argv) > 3 else 204
DELAY = int(sys.argv[4]) / 1000 if len(sys.argv) > 4 else 0
lock = threading.Lock()
out = open(LOG, "a", buffering=1, encoding="utf-8")


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("content-length", 0))).decode("utf-8")
        line = json.dumps({h: self.headers.get(h) for h in ("webhook-id", "webhook-timestamp", "webhook-signature")}
                          | {"body": body})
        with lock:
            out.write(line + "\n")
        if DELAY:
            time.sleep(DELAY)
        self.send_response(STATUS)
        self.send_header("content-length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


ThreadingHTTPServer.daemon_threads = True
ThreadingHTTPServer(("127.0.0.1", PORT), Handler).serve_forever()
