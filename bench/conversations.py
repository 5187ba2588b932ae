"""Conversation benchmark: `python -m bench.conversations [--class X] [--verbose] [--json PATH]`.

Scripted shoppers (bench/conversations/*.yaml) talk to `POST /v1/chat` on the sample catalog,
in-process through FastAPI's TestClient (or a running `aisle serve` with `--server URL`). Each
turn carries lenient checks of what a good shop assistant does (`bench/conversation_checks.py`);
a conversation passes when every turn passes. Prints the pass rate per class and overall, and
the turn latency (rules planner, warm), and lists failures with `--verbose`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol

from bench.conversation_checks import Context, check_turn
from bench.conversation_data import (
    CLASSES,
    SAMPLE,
    CatalogFacts,
    image_url,
    load_conversations,
    load_files,
    validate,
)
from bench.purchase import machine, percentile


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
    orders: list[str] = field(default_factory=list)  # every order id a turn answered with


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
            if data.get("order") and data["order"]["id"] not in result.orders:
                result.orders.append(data["order"]["id"])
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


class SearchOnlyClient:
    """Same-run baseline: a "shop assistant" that answers every message with the top 5 search hits.

    It keeps no cart, places no orders and accepts every photo; the share of conversations it
    passes shows how much of the score plain catalog search earns on its own.
    """

    def __init__(self, search: Any) -> None:
        self.search = search

    def post(self, url: str, *, json: Any, headers: dict[str, str]) -> Any:
        hits = self.search.search(json.get("message") or "photo", limit=5).hits if json else []
        products = [
            {"id": h.product.id, "title": h.product.title, "ordinal": n,
             "price": h.product.variants[0].price.model_dump(mode="json")}
            for n, h in enumerate(hits, 1)
        ]  # fmt: skip
        reply = "Here are the closest matches: " + "; ".join(p["title"] for p in products)
        turn = {"thread_id": json.get("thread_id") or "baseline", "reply": reply,
                "products": products, "cart": None, "awaiting_confirmation": False,
                "order": None}  # fmt: skip
        return _Response(200, turn)


@dataclass
class _Response:
    status_code: int
    body: dict[str, Any]

    def json(self) -> dict[str, Any]:
        return self.body


def template_dir() -> Path:
    """The sample catalog ingested once per catalog and indexing code, reused across runs (a temp
    dir): a change to what is indexed (a new payload field, another image encoder) rebuilds it."""
    root = Path(__file__).resolve().parent.parent
    code = sorted(p for pkg in ("aisle", "catalog", "vision") for p in (root / pkg).rglob("*.py"))
    sources = [SAMPLE / "catalog.jsonl", *code]
    hasher = hashlib.sha256()
    for source in sources:
        hasher.update(source.read_bytes())
    digest = hasher.hexdigest()[:12]
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
def in_process_client() -> Iterator[tuple[Client, Any]]:
    """A fresh copy of the ingested sample store (fresh carts, orders and stock) behind the app."""
    from fastapi.testclient import TestClient

    from aisle.services import Services
    from aisle.settings import Settings
    from api.app import create_app

    data_dir = Path(tempfile.mkdtemp(prefix="aisle-bench-conversations-run-"))
    shutil.copytree(template_dir(), data_dir, dirs_exist_ok=True)
    settings = Settings(data_dir=data_dir, planner="rules", _env_file=None)  # type: ignore[call-arg]
    services = Services(settings)
    try:
        app = create_app(settings, services)
        with TestClient(app, raise_server_exceptions=False) as client:  # a 500 is a result
            yield client, services
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)


def restock(services: Any, order_ids: list[str]) -> None:
    """Cancel the orders a conversation placed, so their stock goes back: every conversation
    starts from the store's stock as ingested, and a result never depends on which conversations
    ran before it (the last black sunglasses bought by another file's conversation). Only the
    in-process store can be reset; with --server, conversations share the server's stock."""
    from commerce.errors import OrderNotCancelable

    for order_id in order_ids:
        with suppress(OrderNotCancelable):  # settled otherwise: no stock of it to give back
            services.commerce.cancel_order(order_id)


@contextmanager
def server_client(url: str, api_key: str | None) -> Iterator[tuple[Client, Any]]:
    import httpx

    headers = {"X-API-Key": api_key} if api_key else {}
    with httpx.Client(base_url=url, timeout=60, headers=headers) as client:
        yield client, None


def first_turn_after_health(client: Any) -> float:
    """Wait for /v1/health to answer 200, then time the first chat turn (ms): a cold start."""
    deadline = time.monotonic() + 300
    while client.get("/v1/health").status_code != 200:
        if time.monotonic() > deadline:
            raise RuntimeError("/v1/health never answered 200")
        time.sleep(0.05)
    started = time.perf_counter()
    client.post("/v1/chat", json={"message": "warm socks"}, headers={})
    return (time.perf_counter() - started) * 1000


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


def table(results: list[Result], baseline: list[Result]) -> str:
    lines = [
        "| class | conversations | agent passed | agent rate | search-only baseline | "
        "agent first turn passed |",
        "|---|---|---|---|---|---|",
    ]
    for cls in [c for c in CLASSES if any(r.cls == c for r in results)]:
        lines.append(
            _row(cls, [r for r in results if r.cls == cls], [r for r in baseline if r.cls == cls])
        )
    lines.append(_row("**all**", results, baseline))
    return "\n".join(lines)


def _row(name: str, rs: list[Result], base: list[Result]) -> str:
    ok = sum(r.passed for r in rs)
    first = sum(r.first_turn_passed for r in rs)
    b = sum(r.passed for r in base)
    baseline = f"{b}/{len(base)} = {b / len(base):.1%}" if base else "—"
    return f"| {name} | {len(rs)} | {ok} | {ok / len(rs):.1%} | {baseline} | {first}/{len(rs)} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--class", dest="cls", action="append", choices=CLASSES, help="run this class (repeatable)"
    )
    parser.add_argument("--id", action="append", help="run these conversation ids only")
    parser.add_argument(
        "--file", type=Path, action="append",
        help="run the conversations of this YAML file instead of bench/conversations/ (repeatable;"
        " how a blind set is scored without being added to the dev data)",
    )  # fmt: skip
    parser.add_argument("--server", help="a running `aisle serve` URL instead of in-process")
    parser.add_argument("--api-key", help="storefront key for --server (sent as X-API-Key)")
    parser.add_argument("--verbose", action="store_true", help="list failures with transcripts")
    parser.add_argument("--json", type=Path, help="write per-conversation results here")
    parser.add_argument("--write", action="store_true", help="write bench/results/conversations.md")
    args = parser.parse_args()

    conversations = load_files(args.file) if args.file else load_conversations()
    if errors := validate(conversations):
        sys.exit("conversation file errors:\n" + "\n".join(errors))
    chosen = [
        c for c in conversations
        if (not args.cls or c["class"] in args.cls) and (not args.id or c["id"] in args.id)
    ]  # fmt: skip
    if not chosen:  # an id from another file, say: a clear message, not a table of nothing
        sys.exit("no conversation matches the --class/--id given in the files read")
    facts = CatalogFacts.load(SAMPLE / "catalog.jsonl")
    machine_before = machine()
    opened = server_client(args.server, args.api_key) if args.server else in_process_client()
    baseline: list[Result] = []
    with opened as (client, services):
        cold_ms = first_turn_after_health(client)
        warm_up(client)
        results = []
        for n, conv in enumerate(chosen, 1):  # interleaved, so both see the same machine load
            if n % 25 == 0:
                print(f"{n}/{len(chosen)} conversations", file=sys.stderr, flush=True)
            results.append(run_conversation(client, conv, facts))
            if services is not None:
                restock(services, results[-1].orders)
            if services is not None:
                baseline.append(run_conversation(SearchOnlyClient(services.search), conv, facts))
    text = report(results, baseline, cold_ms, args, machine_before)
    print(text)
    if args.write:
        failed = [
            f"- `{r.id}` ({r.cls}), turn {r.failed_turn}: " + "; ".join(r.failures)[:300]
            for r in results
            if not r.passed
        ]
        out = Path(__file__).parent / "results" / "conversations.md"
        title = "# Conversation benchmark (sample catalog, REST API)\n\n"
        out.write_text(title + text + "\n\nFailed conversations (first failing check):\n\n"
                       + "\n".join(failed) + "\n")  # fmt: skip
    if args.verbose:
        for r in results:
            if not r.passed:
                print(f"\nFAIL {r.id} [{r.cls}] turn {r.failed_turn}: " + "; ".join(r.failures))
                print("\n".join(r.transcript))
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in results], indent=1))


def report(
    results: list[Result],
    baseline: list[Result],
    cold_ms: float,
    args: argparse.Namespace,
    machine_before: str,
) -> str:
    text = [ms for r in results for ms in r.text_ms]
    photo = [ms for r in results for ms in r.photo_ms]
    command = " ".join(["python -m bench.conversations", *sys.argv[1:]])
    return "\n".join([
        f"Command: `{command}`  ",
        f"Where: {args.server or 'in-process TestClient, rules planner, sample catalog'}.  ",
        f"Machine at start: {machine_before}.  ",
        f"Machine at end: {machine()}.",
        "",
        table(results, baseline),
        "",
        "| turns (warm) | n | p50 ms | p95 ms |",
        "|---|---|---|---|",
        f"| text | {len(text)} | {percentile(text, 50):.0f} | {percentile(text, 95):.0f} |",
        f"| with a photo | {len(photo)} | {percentile(photo, 50):.0f} | "
        f"{percentile(photo, 95):.0f} |",
        "",
        f"Cold start: the first chat turn after `/v1/health` first answered 200 took "
        f"{cold_ms:.0f} ms.",
    ])  # fmt: skip


if __name__ == "__main__":
    main()
