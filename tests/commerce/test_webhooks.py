"""Order webhook events: written in the order's transaction, shaped as ACP says, signed as it says,
claimed one per order in order, leased, retried with backoff and given up at the limits."""

from __future__ import annotations

import hashlib
import hmac
import random
import threading
from typing import Any

import pytest
from pydantic import SecretStr
from sqlalchemy import func, select

from commerce import completion, outbox
from commerce.database import read, write
from commerce.models import PaymentMethod
from commerce.service import Commerce
from commerce.tables import orders, webhook_events
from commerce.webhooks import sign, verify
from tests.commerce.acp_webhook import assert_webhook_event
from tests.commerce.conftest import OpenCommerce
from tests.commerce.samples import ADDRESS, BUYER, product

SECRET = "whsec_test_0123456789abcdef"
WEBHOOKS = {
    "webhook_url": "http://127.0.0.1:9/hooks",
    "webhook_secret": SECRET,
    "order_permalink_url": "https://shop.example/orders/{order_id}",
}


@pytest.fixture
def shop(open_commerce: OpenCommerce) -> Commerce:
    # Settings are copied, not re-validated: the secret must be a SecretStr as pydantic makes it.
    instance = open_commerce(**{**WEBHOOKS, "webhook_secret": SecretStr(SECRET)})
    instance.sync_catalog([product("tee", 2500, 10, variants=2), product("mug", 1200, None)])
    return instance


def place_order(shop: Commerce, thread_id: str = "t", quantity: int = 2) -> str:
    cart = shop.add_to_cart(shop.cart_for_thread(thread_id).id, "tee", "tee-v1", quantity)
    session = shop.create_checkout(cart.id, BUYER, ADDRESS)
    done = shop.complete_checkout(session.id, PaymentMethod(token="tok_visa"))
    assert done.order_id is not None
    return done.order_id


def events(shop: Commerce) -> list[dict[str, Any]]:
    with read(shop.engine) as conn:
        rows = conn.execute(select(webhook_events).order_by(webhook_events.c.seq))
        return [dict(row) for row in rows.mappings()]


def test_completion_writes_one_order_create_event_the_spec_accepts(shop: Commerce) -> None:
    order_id = place_order(shop)
    [event] = events(shop)
    assert event["order_id"] == order_id and event["type"] == "order_create"
    assert event["status"] == "pending" and event["event_id"].startswith("evt_")
    body = event["payload"]
    assert_webhook_event(body)
    data = body["data"]
    assert data["id"] == order_id and data["status"] == "confirmed"
    assert data["permalink_url"] == f"https://shop.example/orders/{order_id}"
    assert [li["quantity"] for li in data["line_items"]] == [
        {"ordered": 2, "current": 2, "fulfilled": 0}
    ]
    total = shop.get_order(order_id).total.amount
    assert {"type": "total", "display_text": "Total", "amount": total} in data["totals"]
    # Completing the session again is harmless and writes nothing more.
    session_id = data["checkout_session_id"]
    shop.complete_checkout(session_id, PaymentMethod(token="tok_visa"))
    assert len(events(shop)) == 1


def test_a_rolled_back_completion_writes_no_event(
    shop: Commerce, monkeypatch: pytest.MonkeyPatch
) -> None:
    cart = shop.add_to_cart(shop.cart_for_thread("t").id, "tee", "tee-v1", 1)
    session = shop.create_checkout(cart.id, BUYER, ADDRESS)

    def fail_after_the_order(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("the database went away after the order row was written")

    monkeypatch.setattr(completion, "remove_purchased", fail_after_the_order)
    with pytest.raises(RuntimeError):
        shop.complete_checkout(session.id, PaymentMethod(token="tok_visa"))
    with read(shop.engine) as conn:
        assert conn.execute(select(func.count()).select_from(orders)).scalar_one() == 0
    assert events(shop) == []
    assert shop.get_checkout(session.id).status == "ready_for_payment"


def test_a_declined_payment_writes_no_event(shop: Commerce) -> None:
    cart = shop.add_to_cart(shop.cart_for_thread("t").id, "tee", "tee-v1", 1)
    session = shop.create_checkout(cart.id, BUYER, ADDRESS)
    declined = shop.complete_checkout(session.id, PaymentMethod(token="tok_chargeDeclined"))
    assert declined.status == "ready_for_payment" and declined.order_id is None
    assert events(shop) == []


def test_cancel_and_ship_write_order_updates_with_the_full_order(shop: Commerce) -> None:
    canceled_id = place_order(shop, "a", quantity=3)
    shop.cancel_order(canceled_id)
    shipped_id = place_order(shop, "b", quantity=1)
    shop.mark_shipped(shipped_id)
    kinds = [(e["order_id"], e["type"], e["payload"]["data"]["status"]) for e in events(shop)]
    assert kinds == [
        (canceled_id, "order_create", "confirmed"),
        (canceled_id, "order_update", "canceled"),
        (shipped_id, "order_create", "confirmed"),
        (shipped_id, "order_update", "shipped"),
    ]
    for event in events(shop):
        assert_webhook_event(event["payload"])
    canceled = events(shop)[1]["payload"]["data"]
    total = shop.get_order(canceled_id).total.amount
    [refund] = canceled["adjustments"]
    assert refund["type"] == "refund" and refund["amount"] == total
    assert refund["currency"] == "usd" and refund["status"] == "completed"
    assert {"type": "amount_refunded", "display_text": "Refunded", "amount": total} in canceled[
        "totals"
    ]
    assert canceled["line_items"][0]["quantity"] == {"ordered": 3, "current": 0, "fulfilled": 0}
    shipped = events(shop)[3]["payload"]["data"]
    assert shipped["fulfillments"][0]["status"] == "shipped"
    assert shipped["line_items"][0]["quantity"] == {"ordered": 1, "current": 1, "fulfilled": 1}


def test_webhooks_off_write_no_events(commerce: Commerce) -> None:
    order_id = place_order(commerce)
    commerce.cancel_order(order_id)
    assert events(commerce) == []


def test_claims_go_one_event_per_order_in_the_order_written(shop: Commerce) -> None:
    first = place_order(shop, "a")
    shop.cancel_order(first)
    second = place_order(shop, "b")
    now = shop.clock() + 1
    with write(shop.engine) as conn:
        claimed = outbox.claim(conn, "snd_a", now, 60, 10)
    assert [(e.order_id, e.type) for e in claimed] == [
        (first, "order_create"),
        (second, "order_create"),
    ]
    with write(shop.engine) as conn:  # nothing else is due: the cancel waits behind the create
        assert outbox.claim(conn, "snd_b", now, 60, 10) == []
        assert outbox.mark_delivered(conn, claimed[0], "snd_a", now)
    with write(shop.engine) as conn:
        [update] = outbox.claim(conn, "snd_b", now, 60, 10)
    assert (update.order_id, update.type) == (first, "order_update")


def test_a_lease_keeps_others_off_until_it_runs_out(shop: Commerce) -> None:
    place_order(shop)
    now = shop.clock() + 1
    with write(shop.engine) as conn:
        [event] = outbox.claim(conn, "snd_dead", now, 30, 10)
    with write(shop.engine) as conn:
        assert outbox.claim(conn, "snd_live", now + 29, 30, 10) == []
    with read(shop.engine) as conn:
        assert outbox.next_due(conn) == pytest.approx(now + 30)
    with write(shop.engine) as conn:
        [again] = outbox.claim(conn, "snd_live", now + 31, 30, 10)
        assert again.event_id == event.event_id
        # The dead owner's late answer no longer counts; the live one's does.
        assert not outbox.mark_delivered(conn, event, "snd_dead", now + 32)
        assert outbox.mark_delivered(conn, again, "snd_live", now + 32)
    assert events(shop)[0]["status"] == "delivered" and events(shop)[0]["attempts"] == 1


def test_failures_back_off_exponentially_with_jitter_then_give_up(shop: Commerce) -> None:
    place_order(shop)
    policy = outbox.RetryPolicy(max_attempts=4, backoff_s=1.0, backoff_max_s=3.0)
    rng = random.Random(7)
    at = shop.clock() + 1
    waits = []
    for attempt in range(1, 5):
        with write(shop.engine) as conn:
            [event] = outbox.claim(conn, "snd", at, 60, 10)
            status = outbox.mark_failed(conn, event, "snd", at, "HTTP 500", policy, rng)
        row = events(shop)[0]
        assert row["attempts"] == attempt and row["last_error"] == "HTTP 500"
        if attempt < 4:
            assert status == "pending"
            waits.append(row["next_attempt_at"] - at)
            at = row["next_attempt_at"]
        else:
            assert status == "failed"
    ceilings = [1.0, 2.0, 3.0]  # doubling, capped at backoff_max_s
    assert all(c / 2 <= w <= c for w, c in zip(waits, ceilings, strict=True)), waits
    with write(shop.engine) as conn:
        assert outbox.claim(conn, "snd", at + 3600, 60, 10) == []  # given up: never sent again


def test_an_event_older_than_the_max_age_is_given_up(shop: Commerce) -> None:
    place_order(shop)
    policy = outbox.RetryPolicy(max_attempts=100, max_age_s=60, backoff_s=10)
    at = shop.clock() + 55
    with write(shop.engine) as conn:
        [event] = outbox.claim(conn, "snd", at, 60, 10)
        assert outbox.mark_failed(conn, event, "snd", at, "timeout", policy) == "failed"


def test_two_claimers_at_once_never_share_an_event(shop: Commerce) -> None:
    shop.sync_catalog([product("tee", 2500, None)])  # untracked stock: enough for 12 orders
    for n in range(12):
        place_order(shop, f"t{n}", quantity=1)
    now = shop.clock() + 1
    got: dict[str, list[str]] = {}
    start = threading.Barrier(2)

    def claimer(owner: str) -> None:
        start.wait()
        with write(shop.engine) as conn:
            got[owner] = [e.event_id for e in outbox.claim(conn, owner, now, 60, 8)]

    threads = [threading.Thread(target=claimer, args=(name,)) for name in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not set(got["a"]) & set(got["b"])
    assert len(got["a"]) + len(got["b"]) == 12


def test_the_signature_is_hmac_sha256_of_timestamp_dot_body() -> None:
    body = b'{"type":"order_create","data":{}}'
    header = sign(SECRET, body, 1709123456)
    expected = hmac.new(SECRET.encode(), b"1709123456." + body, hashlib.sha256).hexdigest()
    assert header == f"t=1709123456,v1={expected}"
    assert verify(SECRET, body, header, now=1709123456 + 299)
    assert not verify(SECRET, body, header, now=1709123456 + 301)  # outside the window
    assert not verify("another-secret-0123456789", body, header, now=1709123456)
    assert not verify(SECRET, body + b" ", header, now=1709123456)
    assert not verify(SECRET, body, "v1=abc", now=1709123456)
    assert not verify(SECRET, body, None, now=1709123456)


def test_a_replayed_idempotency_key_writes_no_second_event(shop: Commerce) -> None:
    cart = shop.add_to_cart(shop.cart_for_thread("t").id, "tee", "tee-v1", 1)
    session = shop.create_checkout(cart.id, BUYER, ADDRESS)
    for _ in range(2):
        done = shop.complete_checkout(session.id, PaymentMethod(token="tok_visa"), "pay-1")
        assert done.status == "completed"
    assert [e["type"] for e in events(shop)] == ["order_create"]


def test_a_failing_wake_up_never_fails_the_committed_order(shop: Commerce) -> None:
    def broken_wake() -> None:
        raise RuntimeError("the sender's loop is gone")

    shop.on_order_event = broken_wake
    order_id = place_order(shop)
    assert shop.get_order(order_id).status == "placed"
    assert shop.cancel_order(order_id).status == "canceled"
    assert [e["type"] for e in events(shop)] == ["order_create", "order_update"]
