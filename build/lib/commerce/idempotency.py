"""Stripe-style idempotency keys shared by the API and the agent.

The first request with a key runs and its result is stored; the same key with the same request
replays that result; a different request, or a repeat while the first still runs, is a conflict.
Keys live at least 24 hours and are purged lazily after that. A failed run releases its key so a
retry runs again; a run abandoned by a killed process is taken over once its lease (30 s by
default, AISLE_IDEMPOTENCY_LEASE_S) has run out, and a repeat before then gets a conflict that
says when to retry (`retry_after`, the API's Retry-After).

Taking over a key whose owner is in fact still running is safe: the work is one transaction
that locks the rows it changes (a completion locks its session and sees it completed), and the
charge carries its own idempotency key, so the provider answers a second charge with the first.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import BaseModel
from sqlalchemy import Connection, Engine, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite

from commerce.database import write
from commerce.errors import IdempotencyConflict
from commerce.tables import idempotency_keys

KEEP_FOR_S = 24 * 3600
LEASE_S = 30.0
MAX_KEY_LENGTH = 255

M = TypeVar("M", bound=BaseModel)


def request_fingerprint(operation: str, request: dict[str, Any]) -> str:
    canonical = json.dumps([operation, request], sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


def run_once(
    engine: Engine,
    key: str,
    fingerprint: str,
    model: type[M],
    work: Callable[[Connection], M],
    now: Callable[[], float],
    lease_s: float = LEASE_S,
) -> M:
    """Run `work` once per key; later calls with the same fingerprint get the stored result.

    The result is stored in the same transaction as the work, so a stored result always means
    the work committed.
    """
    if not key or len(key) > MAX_KEY_LENGTH:
        raise IdempotencyConflict(f"an idempotency key has 1 to {MAX_KEY_LENGTH} characters")
    stored = _claim(engine, key, fingerprint, now(), lease_s)
    if stored is not None:
        return model.model_validate(stored)
    try:
        with write(engine) as conn:
            result = work(conn)
            conn.execute(
                update(idempotency_keys)
                .where(idempotency_keys.c.key == key)
                .values(state="done", response=result.model_dump(mode="json"))
            )
    except BaseException:
        with write(engine) as conn:
            conn.execute(delete(idempotency_keys).where(idempotency_keys.c.key == key))
        raise
    return result


def _claim(
    engine: Engine, key: str, fingerprint: str, at: float, lease_s: float
) -> dict[str, Any] | None:
    """Take the key for this request, or return the stored response of its first run."""
    with write(engine) as conn:
        expired = idempotency_keys.c.created_at < at - KEEP_FOR_S
        conn.execute(delete(idempotency_keys).where(expired))
        dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
        inserted = conn.execute(
            dialect.insert(idempotency_keys)
            .values(key=key, request_hash=fingerprint, state="running", created_at=at, locked_at=at)
            .on_conflict_do_nothing(index_elements=[idempotency_keys.c.key])
            .returning(idempotency_keys.c.key)
        )
        if inserted.first() is not None:
            return None
        row = conn.execute(
            select(idempotency_keys).where(idempotency_keys.c.key == key).with_for_update()
        ).one()
        if row.request_hash != fingerprint:
            raise IdempotencyConflict(
                "this Idempotency-Key was already used for a different request"
            )
        if row.state == "done":
            response: dict[str, Any] = row.response
            return response
        if row.locked_at > at - lease_s:
            wait = max(1, math.ceil(row.locked_at + lease_s - at))
            raise IdempotencyConflict(
                f"a request with this Idempotency-Key is still in progress; retry in {wait} s",
                retry_after=wait,
            )
        conn.execute(
            update(idempotency_keys).where(idempotency_keys.c.key == key).values(locked_at=at)
        )
        return None


def remember(
    engine: Engine,
    key: str,
    fingerprint: str,
    work: Callable[[], dict[str, Any]],
    now: Callable[[], float],
    lease_s: float = LEASE_S,
) -> tuple[dict[str, Any], bool]:
    """Run `work` once per key and keep its JSON answer: (answer, replayed).

    For work that spans several transactions (a protocol edge composing commerce calls): the
    answer is stored after the work commits, so a process killed in between leaves the key to
    be taken over after its lease, and the work runs again. Each step the work composes must
    therefore be safe to repeat (completion is: a completed session is never charged twice).
    Raises `IdempotencyConflict` as `run_once` does (`retry_after` set while still running).
    """
    if not key or len(key) > MAX_KEY_LENGTH:
        raise IdempotencyConflict(f"an idempotency key has 1 to {MAX_KEY_LENGTH} characters")
    stored = _claim(engine, key, fingerprint, now(), lease_s)
    if stored is not None:
        return stored, True
    try:
        answer = work()
    except BaseException:
        with write(engine) as conn:
            conn.execute(delete(idempotency_keys).where(idempotency_keys.c.key == key))
        raise
    with write(engine) as conn:
        conn.execute(
            update(idempotency_keys)
            .where(idempotency_keys.c.key == key)
            .values(state="done", response=answer)
        )
    return answer, False
