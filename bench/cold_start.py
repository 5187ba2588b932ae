"""The first chat turn after `/v1/health` answers 200, against warm turns, with and without warm-up.

    .venv/bin/python -m bench.cold_start --data-dir DIR [--turns 5] [--write]

DIR holds an imported catalog (`aisle ingest fixtures/sample/catalog.jsonl` with
`AISLE_DATA_DIR=DIR`). Each mode starts a fresh process (nothing loaded or cached in memory),
serves the app on a loopback port, polls `/v1/health` until 200, then times over HTTP: the first
text turn, the first photo turn, and `--turns` more of each (warm). The baseline, same run, is
`AISLE_WARM_UP=false`: health answers 200 once the index is open and models load on first use,
which is how Aisle behaved before the warm-up.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

os.environ.setdefault("HF_HUB_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
PHOTO = ROOT / "fixtures" / "sample" / "photos" / "photo-042.jpg"  # a heather-grey hoodie
TEXT_TURNS = ["a warm hoodie", "trail running shoes", "coffee mug", "a rain jacket", "socks"]


def child(data_dir: str, warm_up: bool, turns: int) -> dict[str, float]:
    import uvicorn

    from aisle.settings import Settings
    from api.app import create_app

    settings = Settings(data_dir=Path(data_dir), warm_up=warm_up)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(create_app(settings), log_level="warning"))
    started = time.perf_counter()
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    photo = "data:image/jpeg;base64," + base64.b64encode(PHOTO.read_bytes()).decode()
    with httpx.Client(base_url=url, timeout=300) as client:
        while True:
            try:
                if client.get("/v1/health").status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.02)
        ready = time.perf_counter() - started

        def turn(body: dict[str, str]) -> float:
            began = time.perf_counter()
            response = client.post("/v1/chat", json=body)
            response.raise_for_status()
            return (time.perf_counter() - began) * 1000

        first_text = turn({"message": TEXT_TURNS[0]})
        first_photo = turn({"message": "do you have this in navy, size L?", "image": photo})
        warm_text = [turn({"message": TEXT_TURNS[1 + i % 4]}) for i in range(turns)]
        similar = {"message": "something like this?", "image": photo}
        warm_photo = [turn(similar) for _ in range(turns)]
    server.should_exit = True
    thread.join(60)
    return {
        "health_200_s": ready,
        "first_text_ms": first_text,
        "warm_text_ms": statistics.median(warm_text),
        "first_photo_ms": first_photo,
        "warm_photo_ms": statistics.median(warm_photo),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--turns", type=int, default=5)
    parser.add_argument("--write", action="store_true", help="append the table to results")
    parser.add_argument("--child", choices=["on", "off"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.data_dir, args.child == "on", args.turns)))
        return
    rows = {}
    for mode in ("off", "on"):
        done = subprocess.run(
            [sys.executable, "-m", "bench.cold_start", "--data-dir", args.data_dir,
             "--turns", str(args.turns), "--child", mode],
            cwd=ROOT, capture_output=True, text=True, check=True,
        )  # fmt: skip
        rows[mode] = json.loads(done.stdout.strip().splitlines()[-1])
    lines = [
        "| AISLE_WARM_UP | health 200 after | first text turn | warm text turn (median) "
        "| first photo turn | warm photo turn (median) |",
        "|---|---|---|---|---|---|",
    ]
    for mode, label in (("off", "false (baseline: lazy)"), ("on", "true (default)")):
        r = rows[mode]
        lines.append(
            f"| {label} | {r['health_200_s']:.1f} s | {r['first_text_ms']:.0f} ms "
            f"| {r['warm_text_ms']:.0f} ms | {r['first_photo_ms']:.0f} ms "
            f"| {r['warm_photo_ms']:.0f} ms |"
        )
    table = "\n".join(lines)
    print(table)
    if args.write:
        with (ROOT / "bench" / "results" / "cold_start.md").open("a") as out:
            out.write(f"\n{time.strftime('%Y-%m-%d %H:%M')} (`--turns {args.turns}`)\n\n")
            out.write(table + "\n")


if __name__ == "__main__":
    main()
