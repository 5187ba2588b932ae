"""Money-path integrity under load and crashes: `python -m bench.integrity [--write]`.

Three figures from the integrity audit (issue 10), re-measured on SQLite and Postgres:

- 50 concurrent completions of one session with one Idempotency-Key make exactly 1 order and
  1 charge;
- stock 5 and 20 buyers completing at once make exactly 5 orders and leave stock 0;
- kill -9 of a process in the middle of a run of completions loses nothing: after a restart
  (payment reconciliation, idempotency lease), units sold equal units ordered, every completed
  session has its order, and every session left unpaid completes on retry.

Each row prints what must hold ("expected") beside what this run measured.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from aisle.money import Money
from aisle.settings import Settings
from bench.checkout import ADDRESS, BUYER, DEFAULT_POSTGRES, VISA, machine, postgres_schema_url
from catalog.model import Product, Variant
from commerce.database import read
from commerce.errors import CommerceError
from commerce.payments import MockPaymentProvider
from commerce.service import Commerce
from commerce.tables import orders

RESULTS = Path(__file__).resolve().parent / "results" / "integrity.md"
ROOT = Path(__file__).resolve().parents[1]

_WORKER = textwrap.dedent(
    """
    import sys
    from aisle.settings import Settings
    from commerce.models import PaymentMethod
    from commerce.service import Commerce

    url, data_dir, *session_ids = sys.argv[1:]
    shop = Commerce.open(Settings(data_dir=data_dir, _env_file=None), url=url)
    print("ready", flush=True)
    for session_id in session_ids:
        shop.complete_checkout(session_id, PaymentMethod(token="tok_visa"),
                               idempotency_key=f"pay-{session_id}")
    """
)


@dataclass
class Row:
    scenario: str
    backend: str
    expected: str
    measured: str
    seconds: float

    @property
    def holds(self) -> bool:
        return self.expected == self.measured


def stocked(url: str, data_dir: Path, stock: int, **overrides: object) -> Commerce:
    settings = Settings(data_dir=data_dir, _env_file=None, **overrides)  # type: ignore[arg-type,call-arg]
    shop = Commerce.open(settings, url=url, payments=MockPaymentProvider())
    price = Money(amount=1999, currency="USD")
    shop.sync_catalog(
        [Product(id="p", title="Bench tee", variants=[Variant(id="v", price=price, stock=stock)])]
    )
    return shop


def sessions(shop: Commerce, count: int, tag: str) -> list[str]:
    ids = []
    for n in range(count):
        cart = shop.cart_for_thread(f"{tag}-{n}")
        shop.add_to_cart(cart.id, "p", "v", 1)
        ids.append(shop.create_checkout(cart.id, BUYER, ADDRESS).id)
    return ids


def together(count: int, call: object) -> list[object]:
    barrier = threading.Barrier(count)

    def run(i: int) -> object:
        barrier.wait()
        try:
            return call(i)  # type: ignore[operator]
        except CommerceError as exc:
            return exc

    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(run, range(count)))


def one_key(backend: str, url: str, data_dir: Path) -> Row:
    shop = stocked(url, data_dir, 100)
    try:
        (session_id,) = sessions(shop, 1, "one-key")
        started = time.perf_counter()
        together(50, lambda _: shop.complete_checkout(session_id, VISA, idempotency_key="one"))
        seconds = time.perf_counter() - started
        assert isinstance(shop.payments, MockPaymentProvider)
        orders = len(shop.orders_for_thread("one-key-0"))
        measured = f"{orders} order, {len(shop.payments.charged)} charge"
        return Row("50 completions, one key", backend, "1 order, 1 charge", measured, seconds)
    finally:
        shop.close()


def oversell(backend: str, url: str, data_dir: Path) -> Row:
    shop = stocked(url, data_dir, 5)
    try:
        ids = sessions(shop, 20, "rush")
        started = time.perf_counter()
        replies = together(20, lambda i: shop.complete_checkout(ids[i], VISA))
        seconds = time.perf_counter() - started
        done = sum(1 for r in replies if getattr(r, "status", None) == "completed")
        stock = shop.get_offer("p", "v").stock
        return Row(
            "stock 5, 20 buyers", backend, "5 orders, stock 0", f"{done} orders, stock {stock}",
            seconds,
        )  # fmt: skip
    finally:
        shop.close()


def killed(backend: str, url: str, data_dir: Path, trials: int, rng: random.Random) -> Row:
    initial = 10_000
    shop = stocked(url, data_dir, initial)
    lost = unpaid = paid = 0
    every: list[str] = []
    started = time.perf_counter()
    try:
        for trial in range(trials):
            ids = sessions(shop, 40, f"kill-{trial}")
            every.extend(ids)
            worker = subprocess.Popen(
                [sys.executable, "-c", _WORKER, url, str(data_dir), *ids],
                cwd=ROOT,
                stdout=subprocess.PIPE,
                env={**os.environ, "PYTHONPATH": str(ROOT)},
            )
            assert worker.stdout is not None and worker.stdout.readline().strip() == b"ready"
            wait_for_orders(shop, ids, rng.randint(1, 30), worker)
            time.sleep(rng.uniform(0, 0.05))  # anywhere inside the next completion
            os.kill(worker.pid, signal.SIGKILL)
            worker.wait()
            lost += check_after_crash(url, data_dir, every, initial)
            paid += sum(shop.get_checkout(i).status == "completed" for i in ids)
            unpaid += retry_all(url, data_dir, ids)
    finally:
        shop.close()
    seconds = time.perf_counter() - started
    measured = f"{lost} lost, {unpaid} unpaid"
    scenario = f"kill -9 x{trials} ({paid} of {len(every)} paid before the kill)"
    return Row(scenario, backend, "0 lost, 0 unpaid", measured, seconds)


def wait_for_orders(
    shop: Commerce, ids: list[str], count: int, worker: subprocess.Popen[bytes]
) -> None:
    """Until the worker has placed `count` orders of this trial (so the kill lands mid-run)."""
    query = select(func.count()).where(orders.c.checkout_session_id.in_(ids))
    deadline = time.monotonic() + 120
    while worker.poll() is None and time.monotonic() < deadline:
        with read(shop.engine) as conn:
            if conn.execute(query).scalar_one() >= count:
                return
        time.sleep(0.005)


def check_after_crash(url: str, data_dir: Path, ids: list[str], initial: int) -> int:
    """Units sold that no order accounts for (or the reverse), plus completed sessions without
    their order, over every session of the run so far."""
    shop = stocked(url, data_dir, initial)  # sync: feed stock unchanged, so stock is kept
    try:
        shop.reconcile_payments(older_than_s=0)
        stock = shop.get_offer("p", "v").stock or 0
        threads = {shop.get_checkout(i).thread_id or "" for i in ids}
        ordered = sum(
            line.quantity
            for thread in threads
            for order in shop.orders_for_thread(thread)
            for line in order.line_items
        )
        bad = abs((initial - stock) - ordered)
        for session_id in ids:
            session = shop.get_checkout(session_id)
            if session.status == "completed" and not session.order_id:
                bad += 1
        return bad
    finally:
        shop.close()


def retry_all(url: str, data_dir: Path, ids: list[str]) -> int:
    """Retry every session with its key once the killed worker's lease ran out."""
    shop = stocked(url, data_dir, 10_000, idempotency_lease_s=0.5)
    try:
        time.sleep(0.6)
        unpaid = 0
        for session_id in ids:
            done = shop.complete_checkout(session_id, VISA, idempotency_key=f"pay-{session_id}")
            unpaid += done.status != "completed"
        return unpaid
    finally:
        shop.close()


def backends(postgres: str) -> list[tuple[str, str | None]]:
    found: list[tuple[str, str | None]] = [("sqlite", None)]
    if postgres:
        found.append(("postgres", postgres))
    return found


def table(rows: list[Row]) -> str:
    out = [
        "| scenario | backend | expected | measured | holds | seconds |",
        "|---|---|---|---|---|---:|",
    ]
    for r in rows:
        out.append(
            f"| {r.scenario} | {r.backend} | {r.expected} | {r.measured} | "
            f"{'yes' if r.holds else '**NO**'} | {r.seconds:.2f} |"
        )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--trials", type=int, default=7, help="kill -9 trials per backend")
    parser.add_argument("--postgres-url", default=DEFAULT_POSTGRES, help="'' to skip Postgres")
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--write", action="store_true", help=f"also write {RESULTS.name}")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    rows: list[Row] = []
    for backend, base in backends(args.postgres_url):
        for scenario in ("one_key", "oversell", "killed"):
            with tempfile.TemporaryDirectory() as tmp:
                data_dir = Path(tmp)
                url = f"sqlite:///{data_dir / 'aisle.db'}"
                if base is not None:
                    url = postgres_schema_url(base)[1]
                if scenario == "one_key":
                    rows.append(one_key(backend, url, data_dir))
                elif scenario == "oversell":
                    rows.append(oversell(backend, url, data_dir))
                else:
                    rows.append(killed(backend, url, data_dir, args.trials, rng))
    report = f"{table(rows)}\n\nMachine: {machine()}\n"
    print(report)
    if args.write:
        RESULTS.write_text(f"# Integrity benchmark\n\n`python -m bench.integrity`\n\n{report}")
    if not all(r.holds for r in rows):
        raise SystemExit("an integrity figure does not hold")


if __name__ == "__main__":
    main()
