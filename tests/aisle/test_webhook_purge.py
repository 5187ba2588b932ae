"""The sender's loop purges delivered events after their retention (SQLite and Postgres)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from pydantic import SecretStr
from sqlalchemy import update

from aisle.settings import Settings
from aisle.webhook_sender import WebhookSender
from bench.webhook_receiver import Receiver
from commerce import outbox
from commerce.database import write
from commerce.service import Commerce
from commerce.tables import webhook_events
from tests.aisle.test_webhook_sender import SECRET, place_order, shop, statuses, until  # noqa: F401
from tests.commerce.conftest import database_url, open_commerce  # noqa: F401

DAY = 24 * 3600.0


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    running = Receiver(SECRET)  # no spec check: the bodies are not the point here
    running.start()
    yield running
    running.stop()


def settle(shop: Commerce, event_id: str, **values: object) -> None:  # noqa: F811
    with write(shop.engine) as conn:
        match = webhook_events.c.event_id == event_id
        conn.execute(update(webhook_events).where(match).values(**values))


async def test_delivered_events_are_purged_pending_and_recent_failed_kept(
    shop: Commerce,  # noqa: F811
    receiver: Receiver,
) -> None:
    await asyncio.to_thread(place_order, shop, "waiting")
    await asyncio.to_thread(place_order, shop, "given-up")
    (waiting, _, _), (given_up, _, _) = statuses(shop)
    now = shop.clock()
    settle(shop, waiting, created_at=0.0, next_attempt_at=now + DAY)  # ancient, still pending
    settle(shop, given_up, status="failed", created_at=now - DAY)

    policy = outbox.RetryPolicy(backoff_s=0.05, backoff_max_s=0.2)
    sender = WebhookSender(
        lambda: shop.engine,
        receiver.url,
        SECRET,
        policy=policy,
        retention_s=0.5,
        failed_retention_s=30 * DAY,
        purge_every_s=0.05,
    )
    shop.on_order_event = sender.wake
    sender.start()
    try:
        await asyncio.to_thread(place_order, shop, "delivered")
        await until(lambda: len(receiver.accepted) == 1)
        delivered = receiver.accepted[0].event_id
        await until(lambda: delivered not in [event_id for event_id, _, _ in statuses(shop)])
    finally:
        await sender.stop()
    assert [(event_id, status) for event_id, status, _ in statuses(shop)] == [
        (waiting, "pending"),
        (given_up, "failed"),
    ]


def test_retention_settings_reach_the_sender() -> None:
    settings = Settings(
        webhook_url="http://127.0.0.1:9/hooks",
        webhook_secret=SecretStr("whsec_test_0123456789abcdef"),
        webhook_retention_s=60,
        webhook_failed_retention_s=120,
    )
    sender = WebhookSender.from_settings(settings, lambda: None)  # type: ignore[arg-type,return-value]
    assert (sender.retention_s, sender.failed_retention_s) == (60, 120)
    assert Settings().webhook_retention_s == 7 * DAY
