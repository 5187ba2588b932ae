"""Server memory under 10 concurrent oversized bodies: `python -m bench.oversized_bodies`.

Starts a real `aisle serve` (uvicorn) on 127.0.0.1 with an empty temporary data directory,
then sends rounds of 10 concurrent requests while sampling the server's RSS from /proc every
5 ms. Rounds: small valid chat turns (the same-run baseline), then for each route that takes a
body, 10 x 200 MB bodies that declare their length and 10 x 200 MB bodies sent chunked (no
length: the server must count). JSON routes get JSON, `/v1/images/analyze` a multipart upload.
Each client sends until the server answers or closes; the table gives the statuses, the bytes
the clients managed to push and the server's peak RSS over its idle RSS.
"""

from __future__ import annotations

import argparse
import os
import select
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import httpx

CHUNK = 64 * 1024
ROUTES = [  # every route family that takes a body; the catalog upload's own limit is 512 MB
    "/v1/chat",
    "/v1/chat/stream",
    "/v1/carts",
    "/v1/checkout_sessions",
    "/v1/images/analyze",
    "/mcp",
]
MB = 1024 * 1024


@dataclass
class Round:
    name: str
    statuses: Counter[str]
    pushed_mb: float
    idle_mb: float
    peak_mb: float
    seconds: float


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def start_server(data_dir: Path, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "AISLE_DATA_DIR": str(data_dir), "AISLE_IMAGE_VECTORS": "false"}
    env.pop("AISLE_API_KEYS", None)
    code = "import sys; from aisle.cli import main; sys.exit(main())"
    server = subprocess.Popen(
        [sys.executable, "-c", code, "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=1).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    server.kill()
    raise RuntimeError("aisle serve did not come up")


UPLOAD = "multipart/form-data; boundary=bench"
UPLOAD_HEAD = (
    b'--bench\r\nContent-Disposition: form-data; name="file"; filename="big.jpg"\r\n'
    b"Content-Type: image/jpeg\r\n\r\n"
)


def send(port: int, size: int, chunked: bool, path: str = "/v1/chat") -> tuple[str, int]:
    """One request of about `size` body bytes; the status (or what stopped it) and bytes sent.

    The client stops sending as soon as the server answers, as a browser or curl would.
    """
    small = size < CHUNK
    body = b'{"message": "' + b"x" * max(size - 16, 1) + b'"}' if small else b""
    upload = path == "/v1/images/analyze"
    start = UPLOAD_HEAD if upload else b'{"message": "'
    length = len(body) if small else size
    head = f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
    head += f"Content-Type: {UPLOAD if upload else 'application/json'}\r\n"
    head += "Transfer-Encoding: chunked\r\n" if chunked else f"Content-Length: {length}\r\n"
    sent = 0
    with socket.create_connection(("127.0.0.1", port), timeout=60) as sock:
        sock.sendall((head + "\r\n").encode())
        try:
            if small:
                sock.sendall(_frame(body) + b"0\r\n\r\n" if chunked else body)
                sent = len(body)
            else:
                sock.sendall(_frame(start) if chunked else start)
                sent = len(start)
                piece = _frame(b"x" * CHUNK) if chunked else b"x" * CHUNK
                while sent < size and not select.select([sock], [], [], 0)[0]:
                    sock.sendall(piece)
                    sent += CHUNK
        except OSError:
            pass  # the server answered and closed: what it refused to read is the point
        try:
            status = sock.recv(64).split(b" ")[1].decode()
        except (OSError, IndexError):
            status = "closed"
    return status, sent


def _frame(data: bytes) -> bytes:
    return f"{len(data):x}\r\n".encode() + data + b"\r\n"


def run_round(
    name: str, port: int, pid: int, size: int, chunked: bool, clients: int, path: str = "/v1/chat"
) -> Round:
    idle = rss_mb(pid)
    peak = idle
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, rss_mb(pid))
            time.sleep(0.005)

    sampler = threading.Thread(target=sample)
    sampler.start()
    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        results = list(pool.map(lambda _: send(port, size, chunked, path), range(clients)))
    seconds = time.perf_counter() - started
    time.sleep(0.3)  # let the server finish whatever it still holds
    done.set()
    sampler.join()
    return Round(
        name,
        Counter(status for status, _ in results),
        sum(sent for _, sent in results) / MB,
        idle,
        peak,
        seconds,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=10)
    parser.add_argument("--mb", type=int, default=200, help="size of each oversized body")
    parser.add_argument("--port", type=int, default=0, help="the server's port (0: any free)")
    parser.add_argument("--routes", nargs="+", default=ROUTES, help="routes to send bodies to")
    args = parser.parse_args()
    port = args.port or free_port()
    with tempfile.TemporaryDirectory() as tmp:
        server = start_server(Path(tmp) / "data", port)
        try:
            for _ in range(3):  # warm up: first requests import and allocate lazily
                send(port, 200, chunked=False)
            big = args.mb * MB
            specs = [("baseline: 10 x 200 B valid chat turns", 200, False, "/v1/chat")]
            for path in args.routes:  # name, size, chunked, path
                specs.append((f"`{path}`, Content-Length", big, False, path))
                specs.append((f"`{path}`, chunked", big, True, path))
            specs.append(("baseline again: 10 x 200 B valid chat turns", 200, False, "/v1/chat"))
            rounds = [
                run_round(name, port, server.pid, size, chunked, args.clients, path)
                for name, size, chunked, path in specs
            ]
        finally:
            server.terminate()
            server.wait(10)
    print(f"\n`aisle serve` on 127.0.0.1, {args.clients} concurrent clients of {args.mb} MB each")
    print("(limits: JSON 1 MB, and 1 MB without Content-Length on every route; chat 14.3 MB")
    print("declared, for one photo as base64; the image upload 10 MB + 64 KB)\n")
    print("| round | statuses | MB the clients pushed | server RSS idle → peak | growth | s |")
    print("|---|---|---|---|---|---|")
    for r in rounds:
        statuses = ", ".join(f"{n}× {s}" for s, n in sorted(r.statuses.items()))
        print(
            f"| {r.name} | {statuses} | {r.pushed_mb:,.1f} | {r.idle_mb:.0f} → {r.peak_mb:.0f} MB "
            f"| +{r.peak_mb - r.idle_mb:.1f} MB | {r.seconds:.2f} |"
        )


if __name__ == "__main__":
    main()
