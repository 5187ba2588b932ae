"""Order webhooks under a receiver that fails half the time: `python -m bench.webhooks --write`.

One run, on SQLite and then on Postgres, four phases on fresh databases, each completing the
same number of orders one after another through `Commerce.complete_checkout` (the service the
API and agent call):

- **off**: no webhook URL, no sender (the baseline);
- **events written, no sender**: the outbox row is written in each order's transaction, nothing
  sends it (what the outbox itself costs an order);
- **on, flaky receiver**: the sender runs in the same process (its own event loop thread, as in
  the API) and the receiver, in its own process on 127.0.0.1:8102, fails half of all attempts
  (`bench.webhook_receiver.flaky`): 25% answer 500, 15%
  hang past the sender's timeout, 10% take the event but answer after the timeout (the sender
  cannot know, so it sends again: at-least-once);
- **on, receiver hangs** (any free port): every attempt times out (a dead-but-listening one).

Reported: events created, delivered, received by the receiver (and how many were repeats),
repeats of an event whose 2xx the sender had seen (must be 0), lost events (neither received
nor still being retried; must be 0),
delivery latency from the order's commit to the receiver's first receipt, attempts per event,
and order-completion p50/p95 in each phase with the ratio to the same run's "off" phase.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import secrets
import statistics
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import psycopg
from pydantic import SecretStr
from sqlalchemy import select

from aisle.money import Money
from aisle.settings import Settings
from aisle.webhook_sender import WebhookSender
from bench.webhook_receiver import ReceiverProcess, free_port
from catalog.model import Product, Variant
from commerce.database import read
from commerce.models import Address, Buyer, PaymentMethod
from commerce.outbox import RetryPolicy
from commerce.service import Commerce
from commerce.tables import webhook_events

DEFAULT_POSTGRES = "postgresql://postgres@127.0.0.1:5432/test"
RESULTS = Path(__file__).resolve().parent / "results" / "webhooks.md"
PORT = 8102  # helper 2's port (8100 + N)
SECRET = "whsec_bench_0123456789abcdef"
BUYER = Buyer(name="Bench Buyer", email="bench@example.com")
ADDRESS = Address(name="Bench", line_one="1 Main St", city="Springfield", postal_code="12345",
                  country="US")  # fmt: skip
WARM_UP = 20  # orders completed first in each phase, not timed
TIMEOUT_S = 1.0
HANG_S = 1.5
POLICY = RetryPolicy(max_attempts=25, max_age_s=3600, backoff_s=0.1, backoff_max_s=2.0)


@dataclass
class Phase:
    """One phase's figures, pooled over the run's rounds."""

    name: str
    completions_ms: list[float] = field(default_factory=list)
    status: Counter[str] = field(default_factory=Counter)
    received: int = 0
    unique_received: int = 0
    repeats_after_seen_2xx: int = 0
    lost: int = 0
    latencies_ms: list[float] = field(default_factory=list)
    attempts: list[int] = field(default_factory=list)

    def p(self, cut: int, values: list[float] | None = None) -> float:
        data = self.completions_ms if values is None else values
        return statistics.quantiles(data, n=100)[cut - 1] if len(data) >= 2 else 0.0


class Databases:
    """A fresh database per phase: a SQLite file under `data_dir`, or a Postgres schema."""

    def __init__(self, postgres_url: str | None) -> None:
        self.postgres_url = postgres_url
        self.schemas: list[str] = []

    def new(self, data_dir: Path) -> str:
        if not self.postgres_url:
            return f"sqlite:///{data_dir / 'aisle.db'}"
        schema = f"bench_webhooks_{secrets.token_hex(4)}"
        with psycopg.connect(self.postgres_url, autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA "{schema}"')
        self.schemas.append(schema)
        url = self.postgres_url.replace("postgresql://", "postgresql+psycopg://", 1)
        separator = "&" if "?" in url else "?"
        return f"{url}{separator}options={quote(f'-csearch_path={schema}')}"

    def drop(self) -> None:
        if self.postgres_url:
            with psycopg.connect(self.postgres_url, autocommit=True) as conn:
                for schema in self.schemas:
                    conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


DATABASES = Databases(None)


def open_shop(data_dir: Path, url: str | None) -> Commerce:
    settings = Settings(data_dir=data_dir, _env_file=None)  # type: ignore[call-arg]
    if url:
        settings = settings.model_copy(
            update={"webhook_url": url, "webhook_secret": SecretStr(SECRET)}
        )
    shop = Commerce.open(settings, url=DATABASES.new(data_dir))
    price = Money(amount=1999, currency="USD")
    shop.sync_catalog(
        [Product(id="bench", title="Bench tee", variants=[
            Variant(id="bench-v1", price=price, stock=1_000_000)])]
    )  # fmt: skip
    return shop


def complete_orders(shop: Commerce, count: int, tag: str) -> list[float]:
    session_ids = []
    for n in range(count):
        cart = shop.cart_for_thread(f"{tag}-{n}")
        shop.add_to_cart(cart.id, "bench", "bench-v1", 1)
        session_ids.append(shop.create_checkout(cart.id, BUYER, ADDRESS).id)
    took = []
    for session_id in session_ids:
        started = time.perf_counter()
        session = shop.complete_checkout(session_id, PaymentMethod(token="tok_visa"))
        took.append((time.perf_counter() - started) * 1000)
        if session.status != "completed":
            raise RuntimeError(f"{session_id} did not complete")
    return took


class SenderThread:
    """The sender on its own event loop in a thread, as the API's lifespan runs it."""

    def __init__(self, sender: WebhookSender) -> None:
        self.sender = sender
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)

    def __enter__(self) -> SenderThread:
        self.thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self.loop).result()
        return self

    async def _start(self) -> None:
        self.sender.start()

    def __exit__(self, *_exc: object) -> None:
        asyncio.run_coroutine_threadsafe(self.sender.stop(grace_s=2), self.loop).result()
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join()


def rows(shop: Commerce) -> list[dict[str, Any]]:
    with read(shop.engine) as conn:
        return [dict(r) for r in conn.execute(select(webhook_events)).mappings()]


def run_off(phase: Phase, data_dir: Path, count: int, url: str | None) -> None:
    shop = open_shop(data_dir, url)
    try:
        complete_orders(shop, WARM_UP, "warm")
        phase.completions_ms += complete_orders(shop, count, phase.name)
    finally:
        shop.close()


def run_on(
    phase: Phase, data_dir: Path, count: int, receiver: ReceiverProcess, drain_s: float
) -> None:
    shop = open_shop(data_dir, receiver.url)
    sender = WebhookSender(
        lambda: shop.engine, receiver.url, SECRET, timeout_s=TIMEOUT_S, policy=POLICY
    )
    shop.on_order_event = sender.wake
    try:
        with SenderThread(sender):
            complete_orders(shop, WARM_UP, "warm")  # their events go out with the rest
            phase.completions_ms += complete_orders(shop, count, phase.name)
            deadline = time.monotonic() + drain_s
            while time.monotonic() < deadline:
                if all(r["status"] != "pending" for r in rows(shop)):
                    break
                time.sleep(0.2)
        summarize(phase, rows(shop), receiver)
    finally:
        shop.close()


def summarize(phase: Phase, events: list[dict[str, Any]], rx: ReceiverProcess) -> None:
    phase.status.update(str(e["status"]) for e in events)
    ids = {str(e["event_id"]) for e in events}
    receipts = [a for a in rx.accepted if a.event_id in ids]
    phase.received += len(receipts)
    phase.unique_received += len({a.event_id for a in receipts})
    still_retried = {str(e["event_id"]) for e in events if e["status"] == "pending"}
    phase.lost += len(ids - {a.event_id for a in receipts} - still_retried)
    seen_2xx: set[str] = set()
    first: dict[str, float] = {}
    for receipt in receipts:  # in arrival order
        if receipt.event_id in seen_2xx:
            phase.repeats_after_seen_2xx += 1
        if not receipt.late:
            seen_2xx.add(receipt.event_id)
        first.setdefault(receipt.event_id, receipt.at)
    created = {str(e["event_id"]): float(e["created_at"]) for e in events}
    phase.latencies_ms += [(first[i] - created[i]) * 1000 for i in first]
    phase.attempts += [int(e["attempts"]) for e in events]


def machine() -> str:
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, load average "
        f"{load}, Python {platform.python_version()}"
    )


def report(phases: list[Phase]) -> str:
    base = phases[0]
    out = [
        "| phase | orders | completion p50 ms | p95 ms | p95 vs off |",
        "|---|---:|---:|---:|---:|",
    ]
    for phase in phases:
        out.append(
            f"| {phase.name} | {len(phase.completions_ms)} | {phase.p(50):.1f} | "
            f"{phase.p(95):.1f} | {phase.p(95) / base.p(95):.2f}x |"
        )
    out += [
        "",
        "| phase | events | delivered | pending | given up | received | repeats (same id) | "
        "repeats after a seen 2xx | lost | latency p50 / p95 ms | attempts mean / p95 / max |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for phase in phases[2:]:
        attempts = [float(a) for a in phase.attempts]
        out.append(
            f"| {phase.name} | {phase.status.total()} | {phase.status['delivered']} | "
            f"{phase.status['pending']} | {phase.status['failed']} | {phase.received} | "
            f"{phase.received - phase.unique_received} | {phase.repeats_after_seen_2xx} | "
            f"{phase.lost} | {phase.p(50, phase.latencies_ms):.0f} / "
            f"{phase.p(95, phase.latencies_ms):.0f} | {statistics.mean(attempts):.2f} / "
            f"{phase.p(95, attempts):.0f} / {max(attempts):.0f} |"
        )
    return "\n".join(out)


def run_backend(
    backend: str, rounds: int, per_round: int, receiver: ReceiverProcess, hanging: ReceiverProcess
) -> list[Phase]:
    off, outbox_only = Phase("off"), Phase("events written, no sender")
    flaky_on, hang_on = Phase("on, flaky receiver"), Phase("on, receiver hangs")
    runs: list[Callable[[Path], None]] = [
        lambda d: run_off(off, d, per_round, None),
        lambda d: run_off(outbox_only, d, per_round, "http://127.0.0.1:9/unused"),
        lambda d: run_on(flaky_on, d, per_round, receiver, drain_s=120),
        lambda d: run_on(hang_on, d, per_round, hanging, drain_s=0),
    ]
    with tempfile.TemporaryDirectory(prefix=f"webhooks-{backend}-") as tmp:
        for round_ in range(rounds):
            order = runs if round_ % 2 == 0 else runs[::-1]
            for index, run in enumerate(order):
                run(Path(tmp) / f"r{round_}-{index}")
    return [off, outbox_only, flaky_on, hang_on]


def main(argv: list[str] | None = None) -> None:
    global DATABASES
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--orders", type=int, default=200, help="timed orders per phase")
    parser.add_argument("--rounds", type=int, default=2, help="phases run in turn, ABBA order")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--postgres-url", default=DEFAULT_POSTGRES, help="'' to skip Postgres")
    parser.add_argument("--write", action="store_true", help=f"also write {RESULTS.name}")
    args = parser.parse_args(argv)

    before = machine()
    receiver = ReceiverProcess(PORT, "flaky", args.seed, SECRET, HANG_S)
    hanging = ReceiverProcess(free_port(), "hang", args.seed, SECRET, HANG_S)
    per_round = max(2, args.orders // args.rounds)
    tables = []
    try:
        for backend, postgres in (("SQLite", None), ("Postgres", args.postgres_url or None)):
            if backend == "Postgres" and not postgres:
                continue
            DATABASES = Databases(postgres)
            try:
                phases = run_backend(backend, args.rounds, per_round, receiver, hanging)
            finally:
                DATABASES.drop()
            tables.append(f"**{backend}**\n\n" + report(phases))
        answered = receiver.state()
    finally:
        receiver.stop()
        hanging.stop()
    after = machine()
    table = "\n\n".join(tables)
    conditions = (
        f"{args.rounds} rounds of {per_round} timed orders per phase (after {WARM_UP} untimed "
        f"ones, whose events count too), phases in ABBA order, each on a fresh database (a "
        f"SQLite file; a Postgres schema on localhost), orders one after another. Sender "
        f"timeout {TIMEOUT_S:g} s, failing receivers hang {HANG_S:g} s; backoff "
        f"{POLICY.backoff_s:g} s doubling to {POLICY.backoff_max_s:g} s with jitter. Flaky "
        f"receiver: seed {args.seed}, {answered['attempts']} attempts answered, "
        f"{answered['bad_signatures']} bad signatures. Receivers run in their own processes."
    )
    print(table + "\n\n" + conditions + f"\n\nbefore: {before}\nafter:  {after}")
    if args.write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(
            "# Order webhooks under a receiver that fails half the time\n\n"
            "Command: `python -m bench.webhooks --write` (from the repository root, "
            "`.venv/bin/python`).\n\n"
            f"{table}\n\n{conditions}\n\nMachine before: {before}  \nMachine after: {after}\n"
        )


if __name__ == "__main__":
    main()
