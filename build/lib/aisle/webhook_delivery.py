"""One attempt to deliver an order webhook event, and what its outcome writes to the outbox.

Each event is POSTed with its `Merchant-Signature` (`t=…,v1=…`, signed afresh per attempt) and
its event id in `Request-Id`. A 2xx marks it delivered; anything else (another status, a
timeout, a refused connection) schedules a retry with exponential backoff and jitter until
`AISLE_WEBHOOK_MAX_ATTEMPTS` or `AISLE_WEBHOOK_MAX_AGE_S`, then the event is marked `failed`.
A 429 or 503 with `Retry-After` (seconds or an HTTP date) puts the next attempt no sooner than
the receiver asked, when that is later than the backoff, but never later than
`AISLE_WEBHOOK_BACKOFF_MAX_S` ahead.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx
from sqlalchemy import Connection

from commerce import outbox
from commerce.webhooks import SIGNATURE_HEADER, body_bytes, sign

RETRY_AFTER_STATUSES = frozenset({429, 503})


@dataclass(frozen=True)
class Outcome:
    """One attempt: `error` None when delivered; `not_before` from the receiver's Retry-After."""

    event: outbox.Pending
    error: str | None
    not_before: float | None = None


async def deliver(
    client: httpx.AsyncClient,
    url: str,
    secret: str,
    event: outbox.Pending,
    clock: Callable[[], float],
    timeout_s: float,
) -> Outcome:
    """POST the event once; never raises for what the receiver or the network did."""
    body = body_bytes(event.payload)
    now = clock()
    headers = {
        "Content-Type": "application/json",
        SIGNATURE_HEADER: sign(secret, body, int(now)),
        "Request-Id": event.event_id,
        "Timestamp": datetime.fromtimestamp(now, UTC).isoformat().replace("+00:00", "Z"),
    }
    error: str | None
    not_before = None
    try:
        response = await client.post(url, content=body, headers=headers)
        error = None if response.is_success else f"HTTP {response.status_code}"
        if response.status_code in RETRY_AFTER_STATUSES:
            not_before = outbox.retry_after(response.headers.get("retry-after"), clock())
    except httpx.TimeoutException:
        error = f"no answer within {timeout_s:g} s"
    except httpx.HTTPError as exc:
        error = f"{type(exc).__name__}: {exc}"
    return Outcome(event, error, not_before)


def record_outcomes(
    conn: Connection,
    results: list[Outcome],
    owner: str,
    now: float,
    policy: outbox.RetryPolicy,
) -> list[tuple[outbox.Pending, str]]:
    """Mark each attempt delivered or due again; returns the events given up, with their error."""
    given_up = []
    for done in results:
        event, error = done.event, done.error
        if error is None:
            outbox.mark_delivered(conn, event, owner, now)
            continue
        status = outbox.mark_failed(
            conn, event, owner, now, error, policy, not_before=done.not_before
        )
        if status == "failed":
            given_up.append((event, error))
    return given_up
