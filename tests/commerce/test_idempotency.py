"""Idempotency keys: replay, conflicts, in-flight requests, 24-hour retention."""

from __future__ import annotations

import pytest

from commerce.errors import CheckoutNotReady, IdempotencyConflict
from commerce.idempotency import KEEP_FOR_S, remember
from commerce.models import PaymentMethod
from commerce.service import Commerce
from commerce.tables import idempotency_keys
from tests.commerce.conftest import OpenCommerce
from tests.commerce.samples import ADDRESS, BUYER, product

VISA = PaymentMethod(token="tok_visa")


def ready_cart(commerce: Commerce) -> str:
    return commerce.add_to_cart(commerce.cart_for_thread("t").id, "tee", "tee-v1", 2).id


def test_same_key_and_body_replays_the_first_session(commerce: Commerce) -> None:
    cart_id = ready_cart(commerce)
    first = commerce.create_checkout(cart_id, BUYER, ADDRESS, idempotency_key="create-1")
    again = commerce.create_checkout(cart_id, BUYER, ADDRESS, idempotency_key="create-1")
    assert again == first
    other = commerce.create_checkout(cart_id, BUYER, ADDRESS, idempotency_key="create-2")
    assert other.id != first.id


def test_same_key_with_a_different_body_is_a_conflict(commerce: Commerce) -> None:
    cart_id = ready_cart(commerce)
    session = commerce.create_checkout(cart_id, BUYER, ADDRESS, idempotency_key="k")
    with pytest.raises(IdempotencyConflict, match="different request"):
        commerce.create_checkout(cart_id, BUYER, idempotency_key="k")
    with pytest.raises(IdempotencyConflict, match="different request"):
        commerce.complete_checkout(session.id, VISA, idempotency_key="k")


def test_replayed_completion_charges_once(commerce: Commerce) -> None:
    session = commerce.create_checkout(ready_cart(commerce), BUYER, ADDRESS)
    first = commerce.complete_checkout(session.id, VISA, idempotency_key="pay-1")
    replay = commerce.complete_checkout(session.id, VISA, idempotency_key="pay-1")
    assert replay.order_id == first.order_id is not None
    assert len(commerce.orders_for_thread("t")) == 1
    assert commerce.get_offer("tee", "tee-v1").stock == 8


def test_a_declined_attempt_is_replayed_and_a_new_key_pays(commerce: Commerce) -> None:
    session = commerce.create_checkout(ready_cart(commerce), BUYER, ADDRESS)
    declined = PaymentMethod(token="tok_chargeDeclined")
    first = commerce.complete_checkout(session.id, declined, idempotency_key="a1")
    assert first.status == "ready_for_payment"
    assert commerce.complete_checkout(session.id, declined, idempotency_key="a1") == first
    paid = commerce.complete_checkout(session.id, VISA, idempotency_key="a2")
    assert paid.status == "completed"


def test_a_running_request_is_a_conflict_until_it_is_abandoned(commerce: Commerce) -> None:
    session = commerce.create_checkout(ready_cart(commerce), BUYER, ADDRESS)
    now = commerce.clock()
    with commerce.engine.begin() as conn:  # as if a process died mid-request
        conn.execute(
            idempotency_keys.insert().values(
                key="k",
                request_hash=_fingerprint(session.id),
                state="running",
                created_at=now,
                locked_at=now,
            )
        )
    with pytest.raises(IdempotencyConflict, match="in progress") as early:
        commerce.complete_checkout(session.id, VISA, idempotency_key="k")
    lease = commerce.idempotency_lease_s
    assert lease == 30.0  # the default lease: short, so a crashed owner blocks for seconds
    assert early.value.retry_after == 30
    commerce.clock = lambda: now + lease - 10
    with pytest.raises(IdempotencyConflict) as later:
        commerce.complete_checkout(session.id, VISA, idempotency_key="k")
    assert later.value.retry_after == 10
    commerce.clock = lambda: now + lease + 1
    assert commerce.complete_checkout(session.id, VISA, idempotency_key="k").status == "completed"


def test_the_lease_is_configurable(open_commerce: OpenCommerce) -> None:
    commerce = open_commerce(idempotency_lease_s=2.0)
    commerce.sync_catalog([product("tee", 2500, 10)])
    session = commerce.create_checkout(ready_cart(commerce), BUYER, ADDRESS)
    now = commerce.clock()
    with commerce.engine.begin() as conn:
        conn.execute(
            idempotency_keys.insert().values(
                key="k2",
                request_hash=_fingerprint(session.id),
                state="running",
                created_at=now,
                locked_at=now,
            )
        )
    commerce.clock = lambda: now + 3
    assert commerce.complete_checkout(session.id, VISA, idempotency_key="k2").status == "completed"


def test_keys_are_kept_a_day_then_purged(commerce: Commerce) -> None:
    cart_id = ready_cart(commerce)
    now = commerce.clock()
    first = commerce.create_checkout(cart_id, BUYER, ADDRESS, idempotency_key="daily")
    commerce.clock = lambda: now + KEEP_FOR_S - 60
    assert commerce.create_checkout(cart_id, BUYER, ADDRESS, idempotency_key="daily") == first
    commerce.clock = lambda: now + KEEP_FOR_S + 60
    fresh = commerce.create_checkout(cart_id, BUYER, ADDRESS, idempotency_key="daily")
    assert fresh.id != first.id


def test_a_failed_request_releases_its_key(commerce: Commerce) -> None:
    session = commerce.create_checkout(commerce.cart_for_thread("empty").id)
    with pytest.raises(CheckoutNotReady):
        commerce.complete_checkout(session.id, VISA, idempotency_key="retry-me")
    with pytest.raises(CheckoutNotReady):  # ran again, not a conflict
        commerce.complete_checkout(session.id, VISA, idempotency_key="retry-me")


def _fingerprint(session_id: str) -> str:
    from commerce.idempotency import request_fingerprint

    return request_fingerprint(
        "complete_checkout",
        {"session_id": session_id, "payment": VISA.model_dump(mode="json"), "expected_total": None},
    )


def test_remember_runs_once_and_replays_the_answer(commerce: Commerce) -> None:
    runs: list[int] = []

    def work() -> dict[str, object]:
        runs.append(1)
        return {"status": 201, "body": {"id": f"x{len(runs)}"}}

    first = remember(commerce.engine, "acp-1", "fp", work, commerce.clock)
    again = remember(commerce.engine, "acp-1", "fp", work, commerce.clock)
    assert first == ({"status": 201, "body": {"id": "x1"}}, False)
    assert again == ({"status": 201, "body": {"id": "x1"}}, True) and len(runs) == 1
    with pytest.raises(IdempotencyConflict, match="different request") as conflict:
        remember(commerce.engine, "acp-1", "another body", work, commerce.clock)
    assert conflict.value.retry_after is None


def test_remember_releases_the_key_when_the_work_fails(commerce: Commerce) -> None:
    def fails() -> dict[str, object]:
        raise CheckoutNotReady("not yet")

    with pytest.raises(CheckoutNotReady):
        remember(commerce.engine, "acp-2", "fp", fails, commerce.clock)
    answer, replayed = remember(
        commerce.engine, "acp-2", "fp", lambda: {"ok": True}, commerce.clock
    )
    assert answer == {"ok": True} and not replayed
