#!/usr/bin/env python3
"""A minimal webhook receiver for the webhook checks and the benchmark (loopback only).

    scripts/webhook-receiver.py PORT LOG [STATUS [DELAY_MS]]

Accepts POSTs on 127.0.0.1:PORT (HTTP/1.1, keep-alive), appends one JSON line per POST to LOG with the
Standard Webhooks headers, the raw body and the Unix time it arrived (receivedAt), and answers STATUS (default 204) after DELAY_MS (default 0).
Stops on SIGTERM.

Written on asyncio rather than http.server because bench/run runs it on the same cores as Peach: the
thread-per-connection server took about 0.2 ms of CPU per delivery there, a cost of the receiver that a real
receiver, on its own machine, never puts on Peach. It reads only what Peach sends: a request line, headers with
a content-length, and that many bytes of body.
"""
import asyncio
import json
import os
import signal
import sys
import time

PORT, LOG = int(sys.argv[1]), sys.argv[2]
STATUS = int(sys.argv[3]) if len(sys.argv) > 3 else 204
DELAY = int(sys.argv[4]) / 1000 if len(sys.argv) > 4 else 0
REASONS = {200: "OK", 204: "No Content", 500: "Internal Server Error", 503: "Service Unavailable"}
ANSWER = f"HTTP/1.1 {STATUS} {REASONS.get(STATUS, 'Status')}\r\ncontent-length: 0\r\n\r\n".encode()
out = open(LOG, "a", buffering=1, encoding="utf-8")


async def serve(reader, writer):
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            request_line, *lines = head.decode("latin-1").split("\r\n")
            headers = {}
            for line in lines:
                name, _, value = line.partition(":")
                if name:
                    headers[name.strip().lower()] = value.strip()
            body = await reader.readexactly(int(headers.get("content-length", 0)))
            if request_line.startswith("POST "):  # deliveries only: not the scripts' "is it listening" probes
                out.write(json.dumps({h: headers.get(h) for h in ("webhook-id", "webhook-timestamp", "webhook-signature")}
                                     | {"body": body.decode("utf-8"), "receivedAt": round(time.time(), 3)}) + "\n")
            if DELAY:
                await asyncio.sleep(DELAY)
            writer.write(ANSWER)
            if headers.get("connection", "").lower() == "close":
                break
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def main():
    server = await asyncio.start_server(serve, "127.0.0.1", PORT)
    await server.serve_forever()


# the log is line-buffered, so every answered request is in it: stop at once, open connections and all
signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
asyncio.run(main())
