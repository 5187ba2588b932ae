"""Order webhooks under a receiver that fails half the time: `python -m bench.webhooks --write`.

One run, three phases on fresh databases, each completing the same number of orders one after
another through `Commerce.complete_checkout` (the service the API and agent call):

- **off**: no webhook URL, no sender (the baseline);
- **events written, no sender**: the outbox row is written in each order's transaction, nothing
  sends it (what the outbox itself costs an order);
- **on, flaky receiver**: the sender runs in the same process (its own event loop thread, as in
  the API) and the receiver on 127.0.0.1:8102 fails half of all attempts: 25% answer 500, 15%
  hang past the sender's timeout, 10% take the event but answer after the timeout (the sender
  cannot know, so it sends again: at-least-once);
- **on, receiver hangs**: every attempt times out (how a dead-but-listening receiver looks).

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
import random
import statistics
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from pydantic import SecretStr
from sqlalchemy import select

from aisle.money import Money
from aisle.settings import Settings
from aisle.webhook_sender import WebhookSender
from bench.webhook_receiver import Failure, Receiver
from catalog.model import Product, Variant
from commerce.database import read
from commerce.models import Address, Buyer, PaymentMethod
from commerce.outbox import RetryPolicy
from commerce.service import Commerce
from commerce.tables import webhook_events

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
    name: str
    completions_ms: list[float]
    events: int = 0
    delivered: int = 0
    pending: int = 0
    failed: int = 0
    received: int = 0
    unique_received: int = 0
    repeats_after_seen_2xx: int = 0
    lost: int = 0
    latency_ms: tuple[float, float] = (0.0, 0.0)
    attempts: tuple[float, float, int] = (0.0, 0.0, 0)  # mean, p95, max

    def p(self, cut: int) -> float:
        return statistics.quantiles(self.completions_ms, n=100)[cut - 1]


def flaky(seed: int) -> Failure:
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


def open_shop(data_dir: Path, url: str | None) -> Commerce:
    settings = Settings(data_dir=data_dir, _env_file=None)  # type: ignore[call-arg]
    if url:
        settings = settings.model_copy(
            update={"webhook_url": url, "webhook_secret": SecretStr(SECRET)}
        )
    shop = Commerce.open(settings)
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


def rows(shop: Commerce) -> list[dict[str, object]]:
    with read(shop.engine) as conn:
        return [dict(r) for r in conn.execute(select(webhook_events)).mappings()]


def run_on(data_dir: Path, count: int, receiver: Receiver, name: str, drain_s: float) -> Phase:
    shop = open_shop(data_dir, receiver.url)
    sender = WebhookSender(
        lambda: shop.engine, receiver.url, SECRET, timeout_s=TIMEOUT_S, policy=POLICY
    )
    shop.on_order_event = sender.wake
    try:
        complete_orders(shop, WARM_UP, f"{name}-warm")  # their events go out with the rest
        with SenderThread(sender):
            took = complete_orders(shop, count, name)
            deadline = time.monotonic() + drain_s
            while time.monotonic() < deadline:
                if all(r["status"] != "pending" for r in rows(shop)):
                    break
                time.sleep(0.2)
        return summarize(name, took, rows(shop), receiver)
    finally:
        shop.close()


def summarize(name: str, took: list[float], events: list[dict[str, object]], rx: Receiver) -> Phase:
    phase = Phase(name, took)
    status = Counter(str(e["status"]) for e in events)
    phase.events = len(events)
    phase.delivered, phase.pending, phase.failed = (
        status["delivered"],
        status["pending"],
        status["failed"],
    )
    ids = {str(e["event_id"]) for e in events}
    receipts = [a for a in rx.accepted if a.event_id in ids]
    phase.received = len(receipts)
    phase.unique_received = len({a.event_id for a in receipts})
    still_retried = {str(e["event_id"]) for e in events if e["status"] == "pending"}
    phase.lost = len(ids - {a.event_id for a in receipts} - still_retried)
    seen_2xx: set[str] = set()
    for receipt in receipts:  # in arrival order
        if receipt.event_id in seen_2xx:
            phase.repeats_after_seen_2xx += 1
        if not receipt.late:
            seen_2xx.add(receipt.event_id)
    created = {str(e["event_id"]): float(e["created_at"]) for e in events}  # type: ignore[arg-type]
    first: dict[str, float] = {}
    for receipt in receipts:
        first.setdefault(receipt.event_id, receipt.at)
    latencies = [(first[i] - created[i]) * 1000 for i in first]
    if len(latencies) >= 2:
        cuts = statistics.quantiles(latencies, n=100)
        phase.latency_ms = (cuts[49], cuts[94])
    attempts = [int(e["attempts"]) for e in events]  # type: ignore[call-overload]
    if len(attempts) >= 2:
        phase.attempts = (
            statistics.mean(attempts),
            statistics.quantiles(attempts, n=100)[94],
            max(attempts),
        )
    return phase


def machine() -> str:
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, load average "
        f"{load}, Python {platform.python_version()}"
    )


def report(phases: list[Phase], count: int) -> str:
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
        out.append(
            f"| {phase.name} | {phase.events} | {phase.delivered} | {phase.pending} | "
            f"{phase.failed} | {phase.received} | {phase.received - phase.unique_received} | "
            f"{phase.repeats_after_seen_2xx} | {phase.lost} | "
            f"{phase.latency_ms[0]:.0f} / {phase.latency_ms[1]:.0f} | "
            f"{phase.attempts[0]:.2f} / {phase.attempts[1]:.0f} / {phase.attempts[2]} |"
        )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--orders", type=int, default=200)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--write", action="store_true", help=f"also write {RESULTS.name}")
    args = parser.parse_args(argv)

    before = machine()
    receiver = Receiver(SECRET, fail=flaky(args.seed), hang_s=HANG_S)
    receiver.start(PORT)
    hanging = Receiver(SECRET, fail=lambda _n: "timeout", hang_s=HANG_S)
    hanging.start()
    try:
        with tempfile.TemporaryDirectory(prefix="webhooks-") as tmp:
            off_dir, on_dir, hang_dir = (Path(tmp) / name for name in ("off", "on", "hang"))
            shop = open_shop(off_dir, None)
            try:
                complete_orders(shop, WARM_UP, "warm")
                off = Phase("off", complete_orders(shop, args.orders, "off"))
            finally:
                shop.close()
            shop = open_shop(Path(tmp) / "outbox", "http://127.0.0.1:9/unused")
            try:
                complete_orders(shop, WARM_UP, "warm")
                outbox_only = Phase(
                    "events written, no sender", complete_orders(shop, args.orders, "outbox")
                )
            finally:
                shop.close()
            on = run_on(on_dir, args.orders, receiver, "on, flaky receiver", drain_s=120)
            hang = run_on(hang_dir, args.orders, hanging, "on, receiver hangs", drain_s=0)
    finally:
        receiver.stop()
        hanging.stop()
    after = machine()
    table = report([off, outbox_only, on, hang], args.orders)
    conditions = (
        f"Sender timeout {TIMEOUT_S:g} s, receiver hangs {HANG_S:g} s; backoff "
        f"{POLICY.backoff_s:g} s doubling to {POLICY.backoff_max_s:g} s with jitter; SQLite "
        f"(the default store); flaky receiver seed {args.seed}, {receiver.attempts} attempts "
        f"answered, {receiver.bad_signatures} bad signatures."
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
