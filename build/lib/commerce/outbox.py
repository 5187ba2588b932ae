"""The webhook outbox: claim due events under a lease, then mark them delivered or retry later.

Events of one order go out one at a time, in the order they were written: an event is due only
when no earlier event of its order is still pending. A claim leases rows to one sender
(`lease_owner`, `lease_until`); on Postgres the claim also skips rows another process is
claiming right now (`FOR UPDATE SKIP LOCKED`), on SQLite writers are serialized anyway. A sender
that dies leaves its lease to run out, and the rows are then claimed again: delivery is
at-least-once, and the event id lets the receiver drop a repeat. Delivered and given-up rows are
purged after their retention (`purge`); pending rows never are.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC
from email.utils import parsedate_to_datetime
from typing import Any

from sqlalchemy import Connection, and_, case, delete, exists, func, or_, select, update

from commerce.tables import webhook_events

ERROR_LENGTH = 500


@dataclass(frozen=True)
class Pending:
    """A claimed event, ready to send."""

    seq: int
    event_id: str
    order_id: str
    type: str
    payload: dict[str, Any]
    attempts: int
    created_at: float


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 25
    max_age_s: float = 3 * 24 * 3600.0
    backoff_s: float = 1.0
    backoff_max_s: float = 3600.0

    def delay(self, attempts: int, rng: random.Random | None = None) -> float:
        """Exponential backoff with jitter: half to all of base * 2^(attempts - 1), capped."""
        ceiling = min(self.backoff_max_s, self.backoff_s * 2 ** min(attempts - 1, 60))
        return (rng or random).uniform(ceiling / 2, ceiling)


def retry_after(value: str | None, now: float) -> float | None:
    """When a `Retry-After` header (delay in seconds, or an HTTP date) allows the next attempt."""
    value = (value or "").strip()
    if not value:
        return None
    if value.isdigit():
        return now + int(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None  # malformed: the backoff alone decides
    if when.tzinfo is None:  # an HTTP date is GMT; the parser leaves "-0000" naive
        when = when.replace(tzinfo=UTC)
    return when.timestamp()


def claim(conn: Connection, owner: str, now: float, lease_s: float, limit: int) -> list[Pending]:
    """Lease up to `limit` due events (at most one per order) to `owner`; oldest first."""
    events = webhook_events
    blocked = _behind_earlier()
    free = or_(events.c.lease_until.is_(None), events.c.lease_until < now)
    query = (
        select(events)
        .where(events.c.status == "pending", events.c.next_attempt_at <= now, free, ~blocked)
        .order_by(events.c.seq)
        .limit(limit)
        .with_for_update(skip_locked=True, of=events)
    )
    rows = conn.execute(query).mappings().all()
    if not rows:
        return []
    seqs = [row["seq"] for row in rows]
    conn.execute(
        update(events)
        .where(events.c.seq.in_(seqs))
        .values(lease_owner=owner, lease_until=now + lease_s)
    )
    return [
        Pending(
            seq=row["seq"],
            event_id=row["event_id"],
            order_id=row["order_id"],
            type=row["type"],
            payload=row["payload"],
            attempts=row["attempts"],
            created_at=row["created_at"],
        )
        for row in rows
    ]


def mark_delivered(conn: Connection, event: Pending, owner: str, now: float) -> bool:
    """Record a 2xx; False if the lease was lost (another sender has the event now)."""
    result = conn.execute(
        update(webhook_events)
        .where(_held(event, owner))
        .values(
            status="delivered",
            attempts=event.attempts + 1,
            delivered_at=now,
            lease_owner=None,
            lease_until=None,
            last_error=None,
        )
    )
    return result.rowcount == 1


def mark_failed(
    conn: Connection,
    event: Pending,
    owner: str,
    now: float,
    error: str,
    policy: RetryPolicy,
    rng: random.Random | None = None,
    *,
    not_before: float | None = None,
) -> str:
    """Record a failed attempt: retry after a backoff, or give up; returns the new status.

    `not_before` is the receiver's wish (`Retry-After`): the retry waits for it when it is later
    than the backoff, but never longer than `policy.backoff_max_s`.
    """
    attempts = event.attempts + 1
    next_at = now + policy.delay(attempts, rng)
    if not_before is not None:
        next_at = max(next_at, min(not_before, now + policy.backoff_max_s))
    give_up = attempts >= policy.max_attempts or next_at - event.created_at > policy.max_age_s
    status = "failed" if give_up else "pending"
    result = conn.execute(
        update(webhook_events)
        .where(_held(event, owner))
        .values(
            status=status,
            attempts=attempts,
            next_attempt_at=next_at,
            lease_owner=None,
            lease_until=None,
            last_error=error[:ERROR_LENGTH],
        )
    )
    return status if result.rowcount == 1 else "lost"


def release(conn: Connection, owner: str) -> int:
    """Give back every lease of `owner` (a sender stopping cleanly); returns rows released."""
    result = conn.execute(
        update(webhook_events)
        .where(webhook_events.c.lease_owner == owner, webhook_events.c.status == "pending")
        .values(lease_owner=None, lease_until=None)
    )
    return result.rowcount


def next_due(conn: Connection) -> float | None:
    """When the soonest claimable event is due: a sender sleeps until then, or until woken.

    An event waiting behind an earlier one of its order is not counted, and a leased event is
    due when its lease runs out.
    """
    events = webhook_events
    blocked = _behind_earlier()
    due_at = case(
        (events.c.lease_until > events.c.next_attempt_at, events.c.lease_until),
        else_=events.c.next_attempt_at,
    )
    return conn.execute(
        select(func.min(due_at)).where(events.c.status == "pending", ~blocked)
    ).scalar_one_or_none()


def purge(conn: Connection, delivered_before: float, failed_before: float, limit: int) -> int:
    """Delete up to `limit` settled events, oldest first; returns how many.

    Delivered events go once delivered before `delivered_before`, given-up (`failed`) ones once
    their order changed before `failed_before`. Pending events are never touched.
    """
    events = webhook_events
    old = or_(
        and_(events.c.status == "delivered", events.c.delivered_at < delivered_before),
        and_(events.c.status == "failed", events.c.created_at < failed_before),
    )
    seqs = conn.execute(select(events.c.seq).where(old).order_by(events.c.seq).limit(limit))
    batch = list(seqs.scalars())
    if not batch:
        return 0
    result = conn.execute(delete(events).where(events.c.seq.in_(batch), old))
    return result.rowcount


def counts(conn: Connection) -> dict[str, int]:
    """Events by status."""
    rows = conn.execute(
        select(webhook_events.c.status, func.count()).group_by(webhook_events.c.status)
    )
    return {status: count for status, count in rows}


def _behind_earlier() -> Any:
    """An earlier event of the same order is still pending."""
    earlier = webhook_events.alias("earlier")
    return exists().where(
        earlier.c.order_id == webhook_events.c.order_id,
        earlier.c.seq < webhook_events.c.seq,
        earlier.c.status == "pending",
    )


def _held(event: Pending, owner: str) -> Any:
    return and_(
        webhook_events.c.seq == event.seq,
        webhook_events.c.lease_owner == owner,
        webhook_events.c.status == "pending",
    )
