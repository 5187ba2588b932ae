"""Conversations own their data: minted ids, hashed tokens, owners of carts, sessions and orders.

And a session's version: an approval covers exactly the version the shopper saw.
"""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
from sqlalchemy import event, select
from sqlalchemy.engine.default import CACHE_HIT

from commerce.database import read
from commerce.errors import NotFound, SessionChanged
from commerce.models import PaymentMethod
from commerce.service import Commerce
from commerce.tables import conversations
from tests.commerce.samples import ADDRESS, BUYER, product

VISA = PaymentMethod(token="tok_visa")


def test_a_conversation_keeps_only_the_hash_of_its_token(commerce: Commerce) -> None:
    thread_id, token = commerce.start_conversation()
    other_id, other_token = commerce.start_conversation()
    assert thread_id.startswith("th_") and thread_id != other_id and token != other_token
    assert len(token) >= 40  # 32 random bytes, URL-safe base64
    with read(commerce.engine) as conn:
        stored = conn.execute(select(conversations)).mappings().all()
    assert token not in str(stored)
    mine = next(row for row in stored if row["thread_id"] == thread_id)
    assert mine["token_hash"] == hashlib.sha256(token.encode()).hexdigest()


def test_only_a_threads_own_token_is_granted(commerce: Commerce) -> None:
    thread_id, token = commerce.start_conversation()
    _, other_token = commerce.start_conversation()
    assert commerce.check_thread_token(thread_id, token) == "granted"
    assert commerce.check_thread_token(thread_id, other_token) == "denied"
    assert commerce.check_thread_token(thread_id, None) == "denied"
    assert commerce.check_thread_token(thread_id, "") == "denied"
    assert commerce.check_thread_token(thread_id, token[:-1]) == "denied"
    assert commerce.check_thread_token("1", token) == "unknown"


def test_carts_sessions_and_orders_belong_to_their_cart_thread(commerce: Commerce) -> None:
    thread_id, _ = commerce.start_conversation()
    cart = commerce.add_to_cart(commerce.cart_for_thread(thread_id).id, "tee", "tee-v1", 1)
    session = commerce.create_checkout(cart.id, BUYER, ADDRESS)
    done = commerce.complete_checkout(session.id, VISA, expected_version=session.version)
    assert commerce.owner_thread("cart", cart.id) == thread_id
    assert commerce.owner_thread("checkout session", session.id) == thread_id
    assert commerce.owner_thread("order", done.order_id or "") == thread_id
    assert commerce.owner_thread("cart", commerce.create_cart().id) is None  # no conversation
    with pytest.raises(NotFound, match="no order 'ord_nope'"):
        commerce.owner_thread("order", "ord_nope")


def test_every_update_raises_the_version(commerce: Commerce) -> None:
    cart = commerce.add_to_cart(commerce.cart_for_thread("t").id, "tee", "tee-v1", 1)
    session = commerce.create_checkout(cart.id)
    assert session.version == 1
    assert commerce.update_checkout(session.id, buyer=BUYER).version == 2
    assert commerce.update_checkout(session.id, shipping_address=ADDRESS).version == 3
    assert commerce.get_checkout(session.id).version == 3


def test_completion_refuses_a_session_changed_since_the_approved_version(
    commerce: Commerce,
) -> None:
    cart = commerce.add_to_cart(commerce.cart_for_thread("t").id, "tee", "tee-v1", 2)
    seen = commerce.create_checkout(cart.id, BUYER, ADDRESS)
    elsewhere = ADDRESS.model_copy(update={"line_one": "1 Other St"})
    changed = commerce.update_checkout(seen.id, shipping_address=elsewhere)
    assert changed.total == seen.total, "the total alone cannot tell"
    with pytest.raises(SessionChanged, match="version 2, not the approved version 1"):
        commerce.complete_checkout(
            seen.id, VISA, expected_total=seen.total, expected_version=seen.version
        )
    assert commerce.get_checkout(seen.id).order_id is None
    assert commerce.get_offer("tee", "tee-v1").stock == 10, "nothing taken, nothing charged"
    done = commerce.complete_checkout(seen.id, VISA, expected_version=changed.version)
    assert commerce.get_order(done.order_id or "").shipping_address == elsewhere


def test_new_prices_found_at_completion_are_a_new_version(commerce: Commerce) -> None:
    cart = commerce.add_to_cart(commerce.cart_for_thread("t").id, "tee", "tee-v1", 1)
    session = commerce.create_checkout(cart.id, BUYER, ADDRESS)
    commerce.sync_catalog([product("tee", 2100, 10, variants=2)])
    back = commerce.complete_checkout(session.id, VISA, expected_version=session.version)
    assert back.status == "not_ready_for_payment" and back.version == session.version + 1
    with pytest.raises(SessionChanged):
        commerce.complete_checkout(
            session.id, VISA, expected_total=back.total, expected_version=session.version
        )
    done = commerce.complete_checkout(
        session.id, VISA, expected_total=back.total, expected_version=back.version
    )
    assert done.status == "completed"


def test_a_declined_card_is_not_a_new_version(commerce: Commerce) -> None:
    cart = commerce.add_to_cart(commerce.cart_for_thread("t").id, "tee", "tee-v1", 1)
    session = commerce.create_checkout(cart.id, BUYER, ADDRESS)
    declined = commerce.complete_checkout(
        session.id, PaymentMethod(token="tok_chargeDeclined"), expected_version=session.version
    )
    assert declined.status == "ready_for_payment" and declined.version == session.version
    done = commerce.complete_checkout(session.id, VISA, expected_version=session.version)
    assert done.status == "completed"


def _insert_cache_hits(commerce: Commerce) -> list[bool]:
    """Whether each INSERT run while a conversation is minted found its SQL already compiled."""
    hits: list[bool] = []

    def seen(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        context = args[-2]
        if statement.lstrip().upper().startswith("INSERT"):
            hits.append(context.cache_hit is CACHE_HIT)

    event.listen(commerce.engine, "after_cursor_execute", seen)
    try:
        commerce.start_conversation()
    finally:
        event.remove(commerce.engine, "after_cursor_execute", seen)
    return hits


def test_a_rehearsed_conversation_leaves_no_row_and_the_first_real_one_is_compiled(
    commerce: Commerce,
) -> None:
    """The server's warm-up rehearses one, so its first shopper does not compile the insert."""
    commerce.rehearse_conversation()
    with read(commerce.engine) as conn:
        assert conn.execute(select(conversations)).all() == []
    assert _insert_cache_hits(commerce) == [True]


def test_without_a_rehearsal_the_first_conversation_compiles_its_insert(
    commerce: Commerce,
) -> None:
    """The check above can fail."""
    assert _insert_cache_hits(commerce) == [False]
