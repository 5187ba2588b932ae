"""A webhook receiver on a loopback port, for the tests and `bench/webhooks.py`.

It does what the ACP spec asks of a receiver, written independently of `commerce/webhooks.py`:
401 unless `Merchant-Signature` is `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`
under the shared secret with `t` within 300 s; then it may fail on purpose (`fail` picks, per
attempt: None to accept; "500"; "timeout" to answer 500 only after `hang_s`; "late" to accept the
event but answer only after `hang_s`, the answer a sender that timed out never sees; "429" or
"503" with `Retry-After: <retry_after>` when that is set), and it
records every accepted event with the time it arrived.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import hmac
import json
import random
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

Failure = Callable[[int], str | None]  # attempt (from 1) -> None | "500" | "timeout" | "late"
# | "429" | "503"


@dataclass
class Accepted:
    event_id: str
    type: str
    body: dict[str, Any]
    at: float
    late: bool = False  # answered after the sender's timeout: it will send the event again


@dataclass
class Receiver:
    secret: str
    fail: Failure = lambda _attempt: None
    validate: Callable[[dict[str, Any]], None] | None = None
    hang_s: float = 30.0
    retry_after: str = ""  # the Retry-After header of a "429" or "503" failure
    accepted: list[Accepted] = field(default_factory=list)
    attempts: int = 0
    bad_signatures: int = 0
    invalid_bodies: list[str] = field(default_factory=list)
    _server: uvicorn.Server | None = None
    _thread: threading.Thread | None = None
    url: str = ""

    async def _handle(self, request: Request) -> JSONResponse:
        raw = await request.body()
        self.attempts += 1
        attempt = self.attempts
        if not self.signature_ok(raw, request.headers.get("Merchant-Signature")):
            self.bad_signatures += 1
            return _error(401, "invalid_signature", "Webhook signature verification failed.")
        body = json.loads(raw)
        if self.validate is not None:
            try:
                self.validate(body)
            except Exception as exc:
                self.invalid_bodies.append(str(exc))
                return _error(400, "invalid_body", str(exc)[:200])
        failure = self.fail(attempt)
        if failure == "timeout":
            await asyncio.sleep(self.hang_s)
        if failure in ("500", "timeout"):
            return _error(500, "processing_error", "failing on purpose")
        if failure in ("429", "503"):
            busy = _error(int(failure), "busy", "come back later")
            if self.retry_after:
                busy.headers["Retry-After"] = self.retry_after
            return busy
        request_id = request.headers.get("Request-Id", "")
        late = failure == "late"
        self.accepted.append(Accepted(request_id, body["type"], body, time.time(), late))
        if late:
            await asyncio.sleep(self.hang_s)
        return JSONResponse({"received": True, "request_id": request_id})

    async def _received(self, _request: Request) -> JSONResponse:
        """What arrived so far, for a benchmark running this receiver in another process."""
        accepted = [
            {"event_id": a.event_id, "type": a.type, "at": a.at, "late": a.late}
            for a in self.accepted
        ]
        counts = {"attempts": self.attempts, "bad_signatures": self.bad_signatures}
        return JSONResponse({**counts, "accepted": accepted})

    def signature_ok(self, raw: bytes, header: str | None, window_s: float = 300) -> bool:
        try:
            fields = dict(part.split("=", 1) for part in (header or "").split(","))
            timestamp = int(fields["t"])
            given = fields["v1"]
        except (KeyError, ValueError):
            return False
        signed = str(timestamp).encode() + b"." + raw
        expected = hmac.new(self.secret.encode(), signed, hashlib.sha256).hexdigest()
        return abs(time.time() - timestamp) <= window_s and hmac.compare_digest(expected, given)

    def start(self, port: int = 0) -> str:
        """Serve on 127.0.0.1 (`port` 0: any free one); returns the URL to POST to."""
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", port))
        app = Starlette(
            routes=[
                Route("/hooks", self._handle, methods=["POST"]),
                Route("/received", self._received, methods=["GET"]),
            ]
        )
        config = uvicorn.Config(app, log_level="error", lifespan="off", timeout_graceful_shutdown=1)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the webhook receiver did not start")
            time.sleep(0.01)
        self.url = f"http://127.0.0.1:{sock.getsockname()[1]}/hooks"
        return self.url

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(timeout=10)

    def event_ids(self) -> list[str]:
        return [a.event_id for a in self.accepted]


def _error(status: int, code: str, message: str) -> JSONResponse:
    kind = "invalid_request" if status < 500 else "processing_error"
    return JSONResponse({"type": kind, "code": code, "message": message}, status_code=status)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def dead_url() -> str:
    """A loopback URL nothing listens on (connections are refused)."""
    return f"http://127.0.0.1:{free_port()}/hooks"


class ReceiverProcess:
    """`bench/webhook_receiver.py` in its own process, as a real receiver would be: it takes no
    CPU time from this process's interpreter (the GIL) beyond what the machine shares."""

    def __init__(self, port: int, mode: str, seed: int, secret: str, hang_s: float) -> None:
        self.url = f"http://127.0.0.1:{port}/hooks"
        command = [sys.executable, "-m", "bench.webhook_receiver", "--port", str(port)]
        command += ["--secret", secret, "--mode", mode, "--seed", str(seed)]
        command += ["--hang-s", str(hang_s)]
        self.process = subprocess.Popen(command)
        deadline = time.monotonic() + 30
        while True:
            try:
                self.state()
                return
            except httpx.HTTPError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    self.stop()
                    raise RuntimeError(f"the receiver on port {port} did not start") from None
                time.sleep(0.1)

    def state(self) -> dict[str, Any]:
        answer = httpx.get(self.url.replace("/hooks", "/received"), timeout=10)
        answer.raise_for_status()
        state: dict[str, Any] = answer.json()
        return state

    @property
    def accepted(self) -> list[Accepted]:
        return [
            Accepted(a["event_id"], a["type"], {}, a["at"], a["late"])
            for a in self.state()["accepted"]
        ]

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


def flaky(seed: int) -> Failure:
    """Fails half of all attempts: 25% 500, 15% hang then 500, 10% accept but answer late."""
    rng = random.Random(seed)

    def fail(_attempt: int) -> str | None:
        roll = rng.random()
        if roll < 0.25:
            return "500"
        if roll < 0.40:
            return "timeout"
        if roll < 0.50:
            return "late"
        return None

    return fail


def main(argv: list[str] | None = None) -> None:
    """Serve until killed: `python -m bench.webhook_receiver --port 8102 --secret S`."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--secret", required=True)
    parser.add_argument("--mode", choices=["ok", "flaky", "hang"], default="ok")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--hang-s", type=float, default=1.5)
    args = parser.parse_args(argv)
    fail: Failure = {
        "ok": lambda _n: None,
        "flaky": flaky(args.seed),
        "hang": lambda _n: "timeout",
    }[args.mode]
    Receiver(args.secret, fail=fail, hang_s=args.hang_s).start(args.port)
    threading.Event().wait()


if __name__ == "__main__":
    main()
