"""`Retry-After` read (seconds or HTTP date) and applied to the next attempt, within the cap."""

from __future__ import annotations

from datetime import UTC, datetime

from commerce import outbox
from commerce.database import write
from commerce.outbox import retry_after
from commerce.service import Commerce
from tests.commerce.test_webhooks import events, place_order, shop  # noqa: F401


def test_retry_after_header_values() -> None:
    now = 1_800_000_000.0
    assert retry_after("120", now) == now + 120
    noon = datetime(2027, 1, 15, 12, tzinfo=UTC).timestamp()
    assert retry_after("Fri, 15 Jan 2027 12:00:00 GMT", now) == noon
    for bad in (None, "", "soon", "-5", "1.5"):
        assert retry_after(bad, now) is None


def test_the_receivers_wish_wins_over_a_shorter_backoff_up_to_the_cap(shop: Commerce) -> None:  # noqa: F811
    place_order(shop)
    policy = outbox.RetryPolicy(backoff_s=1.0, backoff_max_s=100.0)
    at = shop.clock() + 1
    waits = []
    for not_before in (at + 50, at + 5000, at - 10):  # wish, over the cap, already past
        with write(shop.engine) as conn:
            [event] = outbox.claim(conn, "snd", at, 60, 10)
            status = outbox.mark_failed(
                conn, event, "snd", at, "HTTP 429", policy, not_before=not_before
            )
        assert status == "pending"
        waits.append(events(shop)[0]["next_attempt_at"] - at)
        at = events(shop)[0]["next_attempt_at"]
    assert waits[0] == 50 and waits[1] == 100  # the wish; then capped at backoff_max_s
    assert 2 <= waits[2] <= 4  # a past date leaves the third attempt's backoff (4 s, jittered)
