"""Settled webhook events are purged after their retention, in batches; pending ones never are."""

from __future__ import annotations

from sqlalchemy import update

from commerce import outbox
from commerce.database import write
from commerce.service import Commerce
from commerce.tables import webhook_events
from tests.commerce.test_webhooks import events, place_order, shop  # noqa: F401

DAY = 24 * 3600.0


def settle(shop: Commerce, seq: int, **values: object) -> None:  # noqa: F811
    with write(shop.engine) as conn:
        conn.execute(update(webhook_events).where(webhook_events.c.seq == seq).values(**values))


def test_purge_deletes_old_delivered_and_failed_events_in_batches(shop: Commerce) -> None:  # noqa: F811
    for n in range(5):
        place_order(shop, f"t{n}", quantity=1)
    now = shop.clock()
    seqs = [e["seq"] for e in events(shop)]
    assert len(seqs) == 5
    old_delivered, recent_delivered, old_failed, recent_failed, old_pending = seqs
    settle(shop, old_delivered, status="delivered", delivered_at=now - 8 * DAY)
    settle(shop, recent_delivered, status="delivered", delivered_at=now - 1 * DAY)
    settle(shop, old_failed, status="failed", created_at=now - 31 * DAY)
    settle(shop, recent_failed, status="failed", created_at=now - 8 * DAY)
    settle(shop, old_pending, created_at=now - 365 * DAY, next_attempt_at=now + DAY)

    deleted = []
    for _ in range(3):
        with write(shop.engine) as conn:
            deleted.append(outbox.purge(conn, now - 7 * DAY, now - 30 * DAY, limit=1))
    assert deleted == [1, 1, 0]  # one row per batch, then nothing left to purge
    left = {e["seq"]: e["status"] for e in events(shop)}
    assert left == {recent_delivered: "delivered", recent_failed: "failed", old_pending: "pending"}


def test_purge_never_deletes_pending_events_however_old(shop: Commerce) -> None:  # noqa: F811
    place_order(shop, "t", quantity=1)
    [event] = events(shop)
    settle(shop, event["seq"], created_at=0.0, delivered_at=0.0, next_attempt_at=0.0)
    with write(shop.engine) as conn:
        assert outbox.purge(conn, shop.clock(), shop.clock(), limit=100) == 0
    assert [e["status"] for e in events(shop)] == ["pending"]
