"""Delivers order webhook events from the outbox (`commerce/outbox.py`) to `AISLE_WEBHOOK_URL`.

A background task of the API process: it never runs inside an order's request, so a slow or
dead receiver costs an order nothing. One attempt, its signature and its retry rules are in
`aisle/webhook_delivery.py`; deleting settled rows in `aisle/webhook_purge.py`; this module is
the loop that claims, sends and records, and logs the events given up.

Delivery is at-least-once: an attempt whose answer is lost, or a process killed between the
receiver's 2xx and the database's mark, sends the event again with the same `Request-Id`.
Undelivered rows survive a restart; they are claimed again once their lease runs out (at once
after a clean stop, which gives leases back). Several processes may run a sender on one
Postgres database: claims skip rows another process holds.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

import httpx
from sqlalchemy import Connection, Engine

from aisle.settings import Settings
from aisle.webhook_delivery import Outcome, deliver, record_outcomes
from aisle.webhook_purge import PURGE_EVERY_S, PurgeSchedule, purge_batch
from commerce import outbox
from commerce.database import read, write
from commerce.ids import new_id

if TYPE_CHECKING:
    from aisle.services import Services

log = logging.getLogger(__name__)
T = TypeVar("T")

POLL_S = 2.0  # how often other processes' events are looked for; this process's wake us
BATCH = 32  # deliveries in flight at once (at most one per order)
WRITE_GAP_S = 0.025  # shortest time between two of the sender's write transactions
WEEK_S = 7 * 24 * 3600.0


class WebhookSender:
    """One sender per process; `start()` in a running event loop, `stop()` before closing."""

    def __init__(
        self,
        engine: Callable[[], Engine],
        url: str,
        secret: str,
        *,
        timeout_s: float = 10.0,
        policy: outbox.RetryPolicy | None = None,
        clock: Callable[[], float] = time.time,
        poll_s: float = POLL_S,
        batch: int = BATCH,
        retention_s: float = WEEK_S,
        failed_retention_s: float = 30 * 24 * 3600.0,
        purge_every_s: float = PURGE_EVERY_S,
    ) -> None:
        self._engine_source = engine
        self._engine: Engine | None = None
        self.url = url
        self._secret = secret
        self.timeout_s = timeout_s
        self.policy = policy or outbox.RetryPolicy()
        self.clock = clock
        self.poll_s = poll_s
        self.batch = batch
        self.retention_s = retention_s
        self.failed_retention_s = failed_retention_s
        self._purges = PurgeSchedule(purge_every_s)
        self.owner = new_id("snd")
        # Longer than any attempt can take, so a live sender never loses an event it is sending.
        self.lease_s = 2 * timeout_s + 30
        self._wake = asyncio.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        self._results: list[Outcome] = []
        self._last_write = 0.0

    @classmethod
    def from_settings(cls, settings: Settings, engine: Callable[[], Engine]) -> WebhookSender:
        assert settings.webhook_url and settings.webhook_secret
        return cls(
            engine,
            settings.webhook_url,
            settings.webhook_secret.get_secret_value(),
            timeout_s=settings.webhook_timeout_s,
            batch=settings.webhook_concurrency,
            retention_s=settings.webhook_retention_s,
            failed_retention_s=settings.webhook_failed_retention_s,
            policy=outbox.RetryPolicy(
                max_attempts=settings.webhook_max_attempts,
                max_age_s=settings.webhook_max_age_s,
                backoff_s=settings.webhook_backoff_s,
                backoff_max_s=settings.webhook_backoff_max_s,
            ),
        )

    def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._task = asyncio.create_task(self.run(), name="webhook-sender")

    async def stop(self, grace_s: float = 5.0) -> None:
        """Let attempts in flight finish (up to `grace_s`), then give leases back."""
        self._stopping = True
        self._wake.set()
        if self._task is None:
            return
        try:
            await asyncio.wait_for(asyncio.shield(self._task), grace_s)
        except TimeoutError:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    def wake(self) -> None:
        """Look at the outbox now (an order just wrote an event); safe from any thread."""
        if self._loop is not None:
            with contextlib.suppress(RuntimeError):  # the loop closed: the poll at start finds it
                self._loop.call_soon_threadsafe(self._wake.set)

    async def run(self) -> None:
        """Keep up to `batch` deliveries in flight; claim more as each one finishes.

        Outcomes are recorded, and new events claimed, in one write transaction per round, at
        most one round per `WRITE_GAP_S`: on SQLite every write queues behind the others, and an
        order's completion should find the queue short.
        """
        in_flight: set[asyncio.Task[None]] = set()

        def finished(task: asyncio.Task[None]) -> None:
            in_flight.discard(task)
            self._wake.set()  # a free slot, and maybe the order's next event is due

        limits = httpx.Limits(max_connections=self.batch)
        async with httpx.AsyncClient(timeout=self.timeout_s, limits=limits) as client:
            try:
                while not self._stopping:
                    self._wake.clear()
                    try:
                        due = await self._send_due(client, in_flight, finished)
                        await self._purge_if_due()
                    except Exception:
                        log.exception("webhook sender: could not read the outbox; trying again")
                        due = self.clock() + self.poll_s
                    await self._sleep_until(due)
                await asyncio.gather(*in_flight, return_exceptions=True)
            finally:
                for task in in_flight:
                    task.cancel()
                await asyncio.gather(*in_flight, return_exceptions=True)
                if self._engine is not None:
                    results, self._results = self._results, []
                    await asyncio.to_thread(self._record_and_claim, self._engine, results, 0)
                    await asyncio.to_thread(self._release)

    async def _send_due(
        self,
        client: httpx.AsyncClient,
        in_flight: set[asyncio.Task[None]],
        finished: Callable[[asyncio.Task[None]], None],
    ) -> float | None:
        """Start deliveries of what is due; returns when to look again (None: at the poll)."""
        if self._engine is None:
            self._engine = await asyncio.to_thread(self._engine_source)
        engine = self._engine
        free = self.batch - len(in_flight)
        now = self.clock()
        if not self._results:
            if free <= 0:
                return None  # a finishing delivery wakes the loop
            due = await asyncio.to_thread(_read, engine, outbox.next_due)
            if due is None or due > now:
                return due
        gap = self._last_write + WRITE_GAP_S - time.monotonic()
        if gap > 0:
            await asyncio.sleep(gap)  # outcomes and wake-ups meanwhile join this round
        results, self._results = self._results, []
        limit = max(0, self.batch - len(in_flight))
        claimed = await asyncio.to_thread(self._record_and_claim, engine, results, limit)
        self._last_write = time.monotonic()
        for event in claimed:
            task = asyncio.create_task(self._deliver(client, event))
            in_flight.add(task)
            task.add_done_callback(finished)
        # Nothing claimed although due: another process is claiming those rows right now.
        return now if claimed or results else now + min(self.poll_s, 0.1)

    async def _purge_if_due(self) -> None:
        """Delete one batch of settled rows past their retention, when a purge is due."""
        if self._engine is None or not self._purges.due():
            return
        now = self.clock()
        engine = self._engine
        gap = self._last_write + WRITE_GAP_S - time.monotonic()
        if gap > 0:
            await asyncio.sleep(gap)  # an order's write finds the queue short between batches
        deleted = await asyncio.to_thread(
            purge_batch, engine, now - self.retention_s, now - self.failed_retention_s
        )
        self._last_write = time.monotonic()
        if self._purges.ran(deleted, self._last_write):  # the next batch in the next round
            self._wake.set()

    async def _sleep_until(self, due: float | None) -> None:
        wait = self.poll_s if due is None else min(self.poll_s, max(0.0, due - self.clock()))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), max(wait, 0.01))

    async def _deliver(self, client: httpx.AsyncClient, event: outbox.Pending) -> None:
        outcome = await deliver(client, self.url, self._secret, event, self.clock, self.timeout_s)
        self._results.append(outcome)  # recorded in the next round

    def _record_and_claim(
        self, engine: Engine, results: list[Outcome], limit: int
    ) -> list[outbox.Pending]:
        """One write transaction: the attempts' outcomes, then new claims (up to `limit`).

        If it fails, the outcomes are lost with it and the leases run out: those events are
        sent again (at-least-once).
        """
        with write(engine) as conn:
            now = self.clock()
            given_up = record_outcomes(conn, results, self.owner, now, self.policy)
            claimed = outbox.claim(conn, self.owner, now, self.lease_s, limit) if limit else []
        for event, error in given_up:
            log.warning(
                "webhook %s (%s of order %s) given up after %d attempts: %s",
                event.event_id,
                event.type,
                event.order_id,
                event.attempts + 1,
                error,
            )
        return claimed

    def _release(self) -> None:
        assert self._engine is not None
        with write(self._engine) as conn:
            outbox.release(conn, self.owner)


def _read(engine: Engine, query: Callable[[Connection], T]) -> T:
    with read(engine) as conn:
        return query(conn)


def sender_for(services: Services) -> WebhookSender | None:
    """The process's sender when `AISLE_WEBHOOK_URL` is set; orders then wake it up."""
    if not services.settings.webhook_url:
        return None
    sender = WebhookSender.from_settings(services.settings, lambda: services.commerce.engine)
    services.webhook_sender = sender
    return sender
