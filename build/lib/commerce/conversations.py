"""Conversations the server started: a thread id and the hash of its secret token.

Carts, checkout sessions and orders carry their conversation's `thread_id`, so whoever holds the
token of that thread holds them. The token is shown once, when the conversation starts; only its
SHA-256 is stored (it is 256 random bits, so a plain hash cannot be searched back) and compared
in constant time.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import Literal

from sqlalchemy import Connection, select

from commerce.errors import NotFound
from commerce.ids import new_id
from commerce.tables import carts, checkout_sessions, conversations, orders

ThreadCheck = Literal["granted", "denied", "unknown"]
Owned = Literal["cart", "checkout session", "order"]
_OWNED = {"cart": carts, "checkout session": checkout_sessions, "order": orders}


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def start_conversation(conn: Connection, now: float) -> tuple[str, str]:
    """A new conversation: (thread id, token). The token is not stored and cannot be read again."""
    thread_id, token = new_id("th"), new_token()
    row = {"thread_id": thread_id, "token_hash": token_hash(token), "created_at": now}
    conn.execute(conversations.insert().values(**row))
    return thread_id, token


def check_token(conn: Connection, thread_id: str, token: str | None) -> ThreadCheck:
    """`unknown` when the server never started this thread, else whether the token is its own."""
    stored = conn.execute(
        select(conversations.c.token_hash).where(conversations.c.thread_id == thread_id)
    ).scalar_one_or_none()
    if stored is None:
        return "unknown"
    given = token_hash(token or "")
    return "granted" if token and hmac.compare_digest(given, stored) else "denied"


def owner_thread(conn: Connection, kind: Owned, object_id: str) -> str | None:
    """The conversation a cart, session or order belongs to (None: made outside any)."""
    table = _OWNED[kind]
    row = conn.execute(select(table.c.thread_id).where(table.c.id == object_id)).first()
    if row is None:
        raise NotFound(f"no {kind} {object_id!r}")
    thread_id: str | None = row[0]
    return thread_id
