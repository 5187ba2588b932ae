"""A receiver's `Retry-After` on 429/503 (seconds or HTTP date) delays the retry, within the cap."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from email.utils import format_datetime

import pytest

from aisle.webhook_sender import WebhookSender
from bench.webhook_receiver import Receiver
from commerce import outbox
from commerce.service import Commerce
from tests.aisle.test_webhook_sender import SECRET, place_order, shop, statuses, until  # noqa: F401
from tests.api.specs import protocols_dir
from tests.commerce.acp_webhook import assert_webhook_event
from tests.commerce.conftest import database_url, open_commerce  # noqa: F401

QUICK = 0.05  # the backoff alone would retry within 0.05 to 0.1 s


class Busy:
    """A receiver that answers the first attempt with `status` and `Retry-After`, then accepts.

    The header is made when the first attempt arrives, so a slow start cannot eat into it."""

    def __init__(self, status: str, header: Callable[[], str]) -> None:
        self.first_at = 0.0
        self.status = status
        self.header = header
        self.receiver = Receiver(SECRET, fail=self.fail, validate=assert_webhook_event)

    def fail(self, attempt: int) -> str | None:
        if attempt == 1:
            self.first_at = time.monotonic()
            self.receiver.retry_after = self.header()
            return self.status
        return None


@pytest.fixture
def started() -> Iterator[list[Receiver]]:
    protocols_dir()  # the receiver validates bodies against the spec: skip cleanly without it
    receivers: list[Receiver] = []
    yield receivers
    for receiver in receivers:
        receiver.stop()


async def gap_before_delivery(shop: Commerce, busy: Busy, backoff_max_s: float) -> float:  # noqa: F811
    """Seconds between the refused first attempt and the accepted second one."""
    busy.receiver.start()
    policy = outbox.RetryPolicy(backoff_s=QUICK, backoff_max_s=backoff_max_s)
    sender = WebhookSender(lambda: shop.engine, busy.receiver.url, SECRET, policy=policy)
    shop.on_order_event = sender.wake
    sender.start()
    try:
        await asyncio.to_thread(place_order, shop)
        await until(lambda: len(busy.receiver.accepted) == 1)
        second_at = time.monotonic()
        await until(lambda: statuses(shop)[0][1] == "delivered")
    finally:
        await sender.stop()
    assert busy.receiver.attempts == 2
    return second_at - busy.first_at


async def test_retry_after_seconds_on_429_delays_the_retry(
    shop: Commerce,  # noqa: F811
    started: list[Receiver],
) -> None:
    busy = Busy("429", lambda: "2")
    started.append(busy.receiver)
    assert await gap_before_delivery(shop, busy, backoff_max_s=30) >= 1.9


async def test_retry_after_http_date_on_503_delays_the_retry(
    shop: Commerce,  # noqa: F811
    started: list[Receiver],
) -> None:
    def in_3_s() -> str:  # whole seconds: 2 to 3 s from now
        return format_datetime(datetime.fromtimestamp(time.time() + 3, UTC), usegmt=True)

    busy = Busy("503", in_3_s)
    started.append(busy.receiver)
    assert await gap_before_delivery(shop, busy, backoff_max_s=30) >= 1.9


async def test_retry_after_is_capped_by_the_longest_backoff(
    shop: Commerce,  # noqa: F811
    started: list[Receiver],
) -> None:
    busy = Busy("429", lambda: "3600")
    started.append(busy.receiver)
    assert await gap_before_delivery(shop, busy, backoff_max_s=0.5) < 5
