"""Many clients at once against the real database: one order per key, no overselling."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from commerce.errors import IdempotencyConflict
from commerce.models import CheckoutSession, PaymentMethod
from commerce.payments import MockPaymentProvider
from commerce.service import Commerce
from tests.commerce.conftest import OpenCommerce
from tests.commerce.samples import ADDRESS, BUYER, product

T = TypeVar("T")
VISA = PaymentMethod(token="tok_visa")


def all_at_once(count: int, call: Callable[[int], T]) -> list[T | Exception]:
    """Run `call(i)` on `count` threads released together; exceptions are returned, not raised."""
    barrier = threading.Barrier(count)

    def run(i: int) -> T | Exception:
        barrier.wait()
        try:
            return call(i)
        except Exception as exc:
            return exc

    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(run, range(count)))


def test_fifty_completes_with_one_key_make_one_order(open_commerce: OpenCommerce) -> None:
    provider = MockPaymentProvider()
    shop = open_commerce(payments=provider)
    shop.sync_catalog([product("tee", 2500, 10)])
    cart = shop.add_to_cart(shop.cart_for_thread("t").id, "tee", "tee-v1", 2)
    session = shop.create_checkout(cart.id, BUYER, ADDRESS)

    replies = all_at_once(
        50, lambda _: shop.complete_checkout(session.id, VISA, idempotency_key="one-key")
    )

    orders = shop.orders_for_thread("t")
    assert len(orders) == 1
    sessions = [r for r in replies if isinstance(r, CheckoutSession)]
    others = [r for r in replies if not isinstance(r, CheckoutSession)]
    assert sessions and {s.order_id for s in sessions} == {orders[0].id}
    assert all(isinstance(r, IdempotencyConflict) for r in others), others
    assert shop.get_offer("tee", "tee-v1").stock == 8
    assert len(provider.charged) == 1


def test_twenty_buyers_of_the_last_five_units(open_commerce: OpenCommerce) -> None:
    shop = open_commerce()
    shop.sync_catalog([product("tee", 2500, 5)])
    session_ids = []
    for buyer in range(20):
        cart = shop.add_to_cart(shop.cart_for_thread(f"buyer-{buyer}").id, "tee", "tee-v1", 1)
        session_ids.append(shop.create_checkout(cart.id, BUYER, ADDRESS).id)

    replies = all_at_once(20, lambda i: shop.complete_checkout(session_ids[i], VISA))

    assert not [r for r in replies if isinstance(r, Exception)]
    statuses = sorted(r.status for r in replies if isinstance(r, CheckoutSession))
    assert statuses == ["completed"] * 5 + ["not_ready_for_payment"] * 15
    placed = [o for i in range(20) for o in shop.orders_for_thread(f"buyer-{i}")]
    assert len(placed) == 5
    assert shop.get_offer("tee", "tee-v1").stock == 0
    sold_out = [r for r in replies if isinstance(r, CheckoutSession) and r.order_id is None]
    assert all(r.messages[0].code == "out_of_stock" for r in sold_out)


def test_concurrent_adds_to_one_cart_never_exceed_stock(open_commerce: OpenCommerce) -> None:
    shop: Commerce = open_commerce()
    shop.sync_catalog([product("tee", 2500, 7)])
    cart_id = shop.cart_for_thread("t").id
    all_at_once(12, lambda _: shop.add_to_cart(cart_id, "tee", "tee-v1", 1))
    assert shop.get_cart(cart_id).lines[0].quantity == 7
