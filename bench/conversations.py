"""Conversation benchmark: `python -m bench.conversations [--class X] [--verbose] [--json PATH]`.

Scripted shoppers (bench/conversations/*.yaml) talk to `POST /v1/chat` on the sample catalog,
in-process through FastAPI's TestClient (or a running `aisle serve` with `--server URL`). Each
turn carries lenient checks of what a good shop assistant does (`bench/conversation_checks.py`);
a conversation passes when every turn passes. Prints the pass rate per class and overall, and
the turn latency (rules planner, warm), and lists failures with `--verbose`.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import io
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol

import yaml

from bench.conversation_checks import (
    CART_KEYS,
    CHECK_KEYS,
    CLASSES,
    LINE_KEYS,
    CatalogFacts,
    Context,
    check_turn,
)
from bench.purchase import machine, percentile

ROOT = Path(__file__).resolve().parents[1]
CONVERSATIONS = Path(__file__).parent / "conversations"
SAMPLE = ROOT / "fixtures" / "sample"
TURN_KEYS = frozenset({"say", "image", "resume", "expect"})
CONVERSATION_KEYS = frozenset({"id", "class", "note", "turns", "file"})
MADE_FILES = ("text", "gif", "svg", "heic", "corrupt", "empty")


class Client(Protocol):
    def post(self, url: str, *, json: Any, headers: dict[str, str]) -> Any: ...


@dataclass
class Result:
    id: str
    cls: str
    passed: bool
    first_turn_passed: bool
    failed_turn: int | None = None
    failures: list[str] = field(default_factory=list)
    transcript: list[str] = field(default_factory=list)
    text_ms: list[float] = field(default_factory=list)
    photo_ms: list[float] = field(default_factory=list)


def load_conversations(folder: Path = CONVERSATIONS) -> list[dict[str, Any]]:
    conversations: list[dict[str, Any]] = []
    for path in sorted(folder.glob("*.yaml")):
        for conv in yaml.safe_load(path.read_text()) or []:
            conv["file"] = path.name
            conversations.append(conv)
    return conversations


def validate(conversations: list[dict[str, Any]]) -> list[str]:
    """Schema problems: each needs a unique id, a known class, turns, and at least one check."""
    errors: list[str] = []
    seen: set[str] = set()
    for n, conv in enumerate(conversations):
        name = conv.get("id") or f"#{n}"
        if not isinstance(conv.get("id"), str) or name in seen:
            errors.append(f"{name}: missing or duplicate id")
        seen.add(name)
        if set(conv) - CONVERSATION_KEYS:
            errors.append(f"{name}: unknown keys {sorted(set(conv) - CONVERSATION_KEYS)}")
        if conv.get("class") not in CLASSES:
            errors.append(f"{name}: class {conv.get('class')!r} is not one of {CLASSES}")
        turns = conv.get("turns")
        if not isinstance(turns, list) or not turns:
            errors.append(f"{name}: no turns")
            continue
        if not any(t.get("expect") for t in turns if isinstance(t, dict)):
            errors.append(f"{name}: no check in any turn")
        for i, turn in enumerate(turns, 1):
            errors += [f"{name} turn {i}: {e}" for e in _turn_errors(turn)]
    return errors


def _turn_errors(turn: Any) -> list[str]:
    if not isinstance(turn, dict) or set(turn) - TURN_KEYS:
        return [f"unknown keys {sorted(set(turn) - TURN_KEYS) if isinstance(turn, dict) else turn}"]
    errors = []
    if not (turn.get("say") or turn.get("image") or turn.get("resume")):
        errors.append("says nothing, sends no image and no resume")
    image = turn.get("image")
    if isinstance(image, str) and not (SAMPLE / image).is_file():
        errors.append(f"no such image {image}")
    if isinstance(image, dict) and image.get("make") not in MADE_FILES:
        errors.append(f"unknown made file {image}")
    expect = turn.get("expect") or {}
    errors += [f"unknown check {k!r}" for k in set(expect) - CHECK_KEYS]
    cart = expect.get("cart") or {}
    errors += [f"unknown cart check {k!r}" for k in set(cart) - CART_KEYS]
    for line in [*cart.get("has", []), *cart.get("lacks", [])]:
        errors += [f"unknown cart line key {k!r}" for k in set(line) - LINE_KEYS]
    return errors


def image_url(spec: Any) -> str:
    """A data: URL for a sample photo/label path, or for a made-up bad file."""
    if isinstance(spec, str):
        path = SAMPLE / spec
        mime = "image/jpeg" if path.suffix in {".jpg", ".jpeg"} else "image/png"
        return f"data:{mime};base64," + base64.b64encode(path.read_bytes()).decode()
    kind = spec["make"]
    mime, data = {
        "text": ("image/png", b"Dear shop, this is my shopping list: milk, eggs.\n"),
        "gif": ("image/gif", _gif()),
        "svg": ("image/svg+xml", b'<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>'),
        "heic": ("image/heic", b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00heicmif1" + b"\0" * 64),
        "corrupt": ("image/png", _truncated_png()),
        "empty": ("image/jpeg", b""),
    }[kind]  # fmt: skip
    return f"data:{mime};base64," + base64.b64encode(data).decode()


def _truncated_png() -> bytes:
    return (SAMPLE / "images" / "wool-beanie-hat-black.png").read_bytes()[:300]


def _gif() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (64, 64), (200, 30, 30)).save(out, format="GIF")
    return out.getvalue()


def run_conversation(client: Client, conv: dict[str, Any], facts: CatalogFacts) -> Result:
    result = Result(conv["id"], conv["class"], passed=True, first_turn_passed=True)
    ctx = Context()
    thread_id: str | None = None
    token: str | None = None
    for n, turn in enumerate(conv["turns"], 1):
        body: dict[str, Any] = {"message": turn.get("say", "")}
        if thread_id:
            body["thread_id"] = thread_id
        if turn.get("image"):
            body["image"] = image_url(turn["image"])
        if turn.get("resume"):
            body["resume"] = turn["resume"]
        headers = {"X-Thread-Token": token} if token else {}
        started = time.perf_counter()
        response = client.post("/v1/chat", json=body, headers=headers)
        elapsed = (time.perf_counter() - started) * 1000
        data = response.json() if response.status_code == 200 else None
        if data is not None:
            (result.photo_ms if "image" in body else result.text_ms).append(elapsed)
            thread_id = data.get("thread_id") or thread_id
            token = data.get("thread_token") or token
        result.transcript += [
            f"  {n}> {turn.get('say', '')}" + (" [+image]" if "image" in body else ""),
            f"  {n}< {response.status_code} " + _said(data),
        ]
        failures = check_turn(
            turn.get("expect") or {}, response.status_code, data, ctx, facts, "resume" in body
        )
        if failures:
            result.passed = False
            result.first_turn_passed = result.first_turn_passed and n > 1
            result.failed_turn = n
            result.failures = failures
            return result
        if data is not None:
            if data.get("products"):
                ctx.shown.append(data["products"])
            if data.get("cart"):
                ctx.cart = data["cart"]
            if data.get("order"):
                ctx.orders.add(data["order"]["id"])
            ctx.previous = data
    return result


def _said(data: dict[str, Any] | None) -> str:
    if data is None:
        return "(error)"
    reply = " ".join((data.get("reply") or "").split())[:200]
    shown = [p["id"] for p in data.get("products") or []]
    cart = [(ln["product_id"], ln["quantity"]) for ln in (data.get("cart") or {}).get("lines", [])]
    flags = " [awaiting confirmation]" if data.get("awaiting_confirmation") else ""
    order = f" [order {data['order']['status']}]" if data.get("order") else ""
    return f"{reply!r} products={shown} cart={cart}{flags}{order}"


def template_dir() -> Path:
    """The sample catalog ingested once per catalog version, reused across runs (a temp dir)."""
    digest = hashlib.sha256((SAMPLE / "catalog.jsonl").read_bytes()).hexdigest()[:12]
    path = Path(tempfile.gettempdir()) / f"aisle-bench-conversations-{digest}"
    if (path / "ready").exists():
        return path
    building = Path(tempfile.mkdtemp(prefix="aisle-bench-conversations-build-"))
    from aisle.services import Services
    from aisle.settings import Settings

    services = Services(Settings(data_dir=building, _env_file=None))  # type: ignore[call-arg]
    try:
        services.ingest(SAMPLE / "catalog.jsonl")
    finally:
        services.close()
    (building / "ready").write_text("ok\n")
    shutil.rmtree(path, ignore_errors=True)
    building.rename(path)
    return path


@contextmanager
def in_process_client() -> Iterator[Client]:
    """A fresh copy of the ingested sample store (fresh carts, orders and stock) behind the app."""
    from fastapi.testclient import TestClient

    from aisle.services import Services
    from aisle.settings import Settings
    from api.app import create_app

    data_dir = Path(tempfile.mkdtemp(prefix="aisle-bench-conversations-run-"))
    shutil.copytree(template_dir(), data_dir, dirs_exist_ok=True)
    settings = Settings(data_dir=data_dir, planner="rules", _env_file=None)  # type: ignore[call-arg]
    try:
        app = create_app(settings, Services(settings))
        with TestClient(app, raise_server_exceptions=False) as client:  # a 500 is a result
            yield client
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)


@contextmanager
def server_client(url: str) -> Iterator[Client]:
    import httpx

    with httpx.Client(base_url=url, timeout=60) as client:
        yield client


def warm_up(client: Client) -> None:
    """First-call costs (models, index, vision) are not a turn's latency."""
    first = client.post("/v1/chat", json={"message": "warm socks"}, headers={}).json()
    token = first.get("thread_token")
    client.post(
        "/v1/chat",
        json={"thread_id": first["thread_id"], "message": "like this?",
              "image": image_url("photos/photo-042.jpg")},
        headers={"X-Thread-Token": token} if token else {},
    )  # fmt: skip


def table(results: list[Result]) -> str:
    lines = [
        "| class | conversations | passed | pass rate | first turn passed |",
        "|---|---|---|---|---|",
    ]
    for cls in [c for c in CLASSES if any(r.cls == c for r in results)]:
        lines.append(_row(cls, [r for r in results if r.cls == cls]))
    lines.append(_row("**all**", results))
    return "\n".join(lines)


def _row(name: str, rs: list[Result]) -> str:
    ok = sum(r.passed for r in rs)
    first = sum(r.first_turn_passed for r in rs)
    return f"| {name} | {len(rs)} | {ok} | {ok / len(rs):.1%} | {first}/{len(rs)} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--class", dest="cls", choices=CLASSES, help="run one class only")
    parser.add_argument("--id", action="append", help="run these conversation ids only")
    parser.add_argument("--server", help="a running `aisle serve` URL instead of in-process")
    parser.add_argument("--verbose", action="store_true", help="list failures with transcripts")
    parser.add_argument("--json", type=Path, help="write per-conversation results here")
    args = parser.parse_args()

    conversations = load_conversations()
    if errors := validate(conversations):
        sys.exit("conversation file errors:\n" + "\n".join(errors))
    chosen = [
        c for c in conversations
        if (not args.cls or c["class"] == args.cls) and (not args.id or c["id"] in args.id)
    ]  # fmt: skip
    facts = CatalogFacts.load(SAMPLE / "catalog.jsonl")
    machine_before = machine()
    opened = server_client(args.server) if args.server else in_process_client()
    with opened as client:
        warm_up(client)
        results = [run_conversation(client, conv, facts) for conv in chosen]
    print(report(results, args, machine_before))
    if args.verbose:
        for r in results:
            if not r.passed:
                print(f"\nFAIL {r.id} [{r.cls}] turn {r.failed_turn}: " + "; ".join(r.failures))
                print("\n".join(r.transcript))
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in results], indent=1))


def report(results: list[Result], args: argparse.Namespace, machine_before: str) -> str:
    text = [ms for r in results for ms in r.text_ms]
    photo = [ms for r in results for ms in r.photo_ms]
    command = " ".join(["python -m bench.conversations", *sys.argv[1:]])
    return "\n".join([
        f"Command: `{command}`  ",
        f"Where: {args.server or 'in-process TestClient, rules planner, sample catalog'}.  ",
        f"Machine at start: {machine_before}.  ",
        f"Machine at end: {machine()}.",
        "",
        table(results),
        "",
        "| turns (warm) | n | p50 ms | p95 ms |",
        "|---|---|---|---|",
        f"| text | {len(text)} | {percentile(text, 50):.0f} | {percentile(text, 95):.0f} |",
        f"| with a photo | {len(photo)} | {percentile(photo, 50):.0f} | "
        f"{percentile(photo, 95):.0f} |",
    ])  # fmt: skip


if __name__ == "__main__":
    main()
