"""Completed checkouts per second and p95 latency: `python -m bench.checkout --write`.

Runs SQLite and Postgres in one go, with 1 and with 20 concurrent clients; the 1-client SQLite
row is the baseline the others are compared with. Every checkout buys the same tracked variant,
so all completions contend for one inventory row (the worst case for a flash sale).
"""

from __future__ import annotations

import argparse
import os
import platform
import secrets
import sqlite3
import statistics
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import psycopg
from sqlalchemy import update

from aisle.money import Money
from aisle.settings import Settings
from catalog.model import Product, Variant
from commerce.database import write
from commerce.models import Address, Buyer, PaymentMethod
from commerce.service import Commerce
from commerce.tables import offers

DEFAULT_POSTGRES = "postgresql://postgres@127.0.0.1:5432/test"
RESULTS = Path(__file__).resolve().parent / "results" / "checkout.md"
BUYER = Buyer(name="Bench Buyer", email="bench@example.com")
ADDRESS = Address(name="Bench", line_one="1 Main St", city="Springfield", postal_code="12345",
                  country="US")  # fmt: skip
VISA = PaymentMethod(token="tok_visa")


@dataclass
class Row:
    backend: str
    clients: int
    completed: int
    seconds: float
    p50_ms: float
    p95_ms: float

    @property
    def per_second(self) -> float:
        return self.completed / self.seconds


def prepare(shop: Commerce, count: int, tag: str) -> list[str]:
    """Ready-for-payment sessions, one cart each, all buying the same variant."""
    session_ids = []
    for n in range(count):
        cart = shop.cart_for_thread(f"{tag}-{n}")
        shop.add_to_cart(cart.id, "bench", "bench-v1", 1)
        session_ids.append(shop.create_checkout(cart.id, BUYER, ADDRESS).id)
    return session_ids


def complete_all(shop: Commerce, session_ids: list[str], clients: int) -> tuple[float, list[float]]:
    latencies: list[float] = []
    lock = threading.Lock()

    def complete(session_id: str) -> None:
        started = time.perf_counter()
        session = shop.complete_checkout(session_id, VISA, idempotency_key=f"pay-{session_id}")
        elapsed = time.perf_counter() - started
        if session.status != "completed":
            raise RuntimeError(f"{session_id} did not complete: {session.messages}")
        with lock:
            latencies.append(elapsed)

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        list(pool.map(complete, session_ids))
    return time.perf_counter() - started, latencies


def measure(backend: str, shop: Commerce, count: int, clients: int) -> Row:
    session_ids = prepare(shop, count, f"{backend}-{clients}-{secrets.token_hex(3)}")
    seconds, latencies = complete_all(shop, session_ids, clients)
    cuts = statistics.quantiles(latencies, n=100)
    return Row(backend, clients, len(latencies), seconds, cuts[49] * 1000, cuts[94] * 1000)


def commit_floor_ms(shop: Commerce, count: int = 50) -> float:
    """Median time of a one-row UPDATE and COMMIT: the durable-write floor of the backend."""
    times = []
    for _ in range(count):
        started = time.perf_counter()
        with write(shop.engine) as conn:
            conn.execute(
                update(offers)
                .where(offers.c.variant_id == "bench-v1")
                .values(updated_at=time.time())
            )
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def run_backend(backend: str, url: str, data_dir: Path, count: int) -> tuple[list[Row], float]:
    settings = Settings(data_dir=data_dir, _env_file=None)  # type: ignore[call-arg]
    shop = Commerce.open(settings, url=url)
    try:
        price = Money(amount=1999, currency="USD")
        shop.sync_catalog(
            [Product(id="bench", title="Bench tee", variants=[
                Variant(id="bench-v1", price=price, stock=1_000_000)])]
        )  # fmt: skip
        measure(backend, shop, 20, 4)  # warm up pools and caches
        floor = commit_floor_ms(shop)
        return [measure(backend, shop, count, clients) for clients in (1, 20)], floor
    finally:
        shop.close()


def postgres_schema_url(base: str) -> tuple[str, str]:
    schema = f"bench_checkout_{secrets.token_hex(4)}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    url = base.replace("postgresql://", "postgresql+psycopg://", 1)
    separator = "&" if "?" in url else "?"
    return schema, f"{url}{separator}options={quote(f'-csearch_path={schema}')}"


def machine() -> str:
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, load average "
        f"{load}, Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}"
    )


def table(rows: list[Row]) -> str:
    baseline = rows[0].per_second
    out = [
        "| backend | clients | checkouts | seconds | checkouts/s | vs baseline | p50 ms | p95 ms |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        out.append(
            f"| {row.backend} | {row.clients} | {row.completed} | {row.seconds:.2f} | "
            f"{row.per_second:.1f} | {row.per_second / baseline:.2f}x | {row.p50_ms:.1f} | "
            f"{row.p95_ms:.1f} |"
        )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--checkouts", type=int, default=200, help="completions per row")
    parser.add_argument("--postgres-url", default=DEFAULT_POSTGRES, help="'' to skip Postgres")
    parser.add_argument("--write", action="store_true", help=f"also write {RESULTS.name}")
    args = parser.parse_args(argv)

    before = machine()
    rows: list[Row] = []
    floors: dict[str, float] = {}
    version = None
    with tempfile.TemporaryDirectory() as tmp:
        sqlite_url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        measured, floors["sqlite"] = run_backend("sqlite", sqlite_url, Path(tmp), args.checkouts)
        rows += measured
        if args.postgres_url:
            schema, url = postgres_schema_url(args.postgres_url)
            try:
                with psycopg.connect(args.postgres_url) as conn:
                    version = conn.execute("SHOW server_version").fetchone()
                measured, floors["postgres"] = run_backend(
                    "postgres", url, Path(tmp), args.checkouts
                )
                rows += measured
            finally:
                with psycopg.connect(args.postgres_url, autocommit=True) as conn:
                    conn.execute(f'DROP SCHEMA "{schema}" CASCADE')
    after = machine()
    report = (
        table(rows)
        + "\n\nDurable-write floor (median one-row UPDATE + COMMIT): "
        + ", ".join(f"{name} {ms:.1f} ms" for name, ms in floors.items())
    )
    print(report)
    print(f"\nbefore: {before}\nafter:  {after}")
    if args.write:
        pg = f"Postgres {version[0] if version else '?'} on localhost" if args.postgres_url else ""
        command = "python -m bench.checkout --write" + (
            f" --checkouts {args.checkouts}" if args.checkouts != 200 else ""
        )
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(
            "# Checkout throughput\n\n"
            f"Command: `{command}` (from the repository root, `.venv/bin/python`).\n\n"
            "Each row completes its checkouts (re-validate price and stock, take stock, mock "
            "charge, write the order, store the idempotency result) with the given number of "
            "concurrent clients in one process; all checkouts buy the same tracked variant. "
            "Baseline: SQLite with one client, measured in the same run.\n\n"
            f"{report}\n\n"
            f"Machine before: {before}.  \nMachine after: {after}.  \n{pg}, SQLite WAL file "
            "in a temporary directory. The machine is shared with other engineers' jobs, so "
            "absolute numbers are noisy; compare rows within the run.\n"
        )


if __name__ == "__main__":
    main()
