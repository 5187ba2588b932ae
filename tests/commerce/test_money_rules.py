"""One set of money rules for carts, checkout sessions and completion (issue 10, defect 4)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aisle.money import MAX_MINOR_UNITS, Money
from aisle.settings import Settings
from catalog.model import Product, Variant
from commerce.errors import AmountTooLarge, CommerceError, CurrencyMismatch, InvalidQuantity
from commerce.models import Cart, CheckoutSession, ItemRequest, PaymentMethod
from commerce.service import Commerce
from tests.commerce.conftest import OpenCommerce
from tests.commerce.samples import ADDRESS, BUYER, product

VISA = PaymentMethod(token="tok_visa")


def priced(product_id: str, amount: int, currency: str = "USD", stock: int | None = 5) -> Product:
    return Product(
        id=product_id,
        title=product_id,
        variants=[
            Variant(id=product_id, price=Money(amount=amount, currency=currency), stock=stock)
        ],
    )


def stocked(shop: Commerce) -> Commerce:
    shop.sync_catalog(
        [
            priced("usd", 900),
            priced("eur", 900, "EUR"),
            priced("dear", MAX_MINOR_UNITS // 4, stock=None),
            product("tee", 2500, 10),
        ]
    )
    return shop


def session_with_tee(shop: Commerce) -> CheckoutSession:
    cart = shop.add_to_cart(shop.cart_for_thread("t").id, "tee", "tee-v1")
    return shop.create_checkout(cart.id, BUYER, ADDRESS)


def test_a_huge_quantity_is_refused_on_session_update(open_commerce: OpenCommerce) -> None:
    shop = stocked(open_commerce())
    session = session_with_tee(shop)
    with pytest.raises(InvalidQuantity):
        shop.update_checkout(
            session.id, items=[ItemRequest(product_id="usd", variant_id="usd", quantity=10**17)]
        )
    assert shop.get_checkout(session.id).line_items[0].product_id == "tee"


def test_another_currency_is_refused_everywhere(open_commerce: OpenCommerce) -> None:
    shop = stocked(open_commerce())
    with pytest.raises(CurrencyMismatch):
        shop.add_to_cart(shop.cart_for_thread("t").id, "eur", "eur")
    session = session_with_tee(shop)
    items = [
        ItemRequest(product_id="tee", variant_id="tee-v1", quantity=1),
        ItemRequest(product_id="eur", variant_id="eur", quantity=1),
    ]
    with pytest.raises(CurrencyMismatch):
        shop.update_checkout(session.id, items=items)
    shop.sync_catalog([priced("tee", 2500, "EUR")])  # a re-import changed a variant's currency
    shop.sync_catalog(
        [
            Product(
                id="tee",
                title="tee",
                variants=[Variant(id="tee-v1", price=Money(amount=2500, currency="EUR"))],
            )
        ]
    )
    with pytest.raises(CurrencyMismatch):
        shop.complete_checkout(session.id, VISA)
    assert shop.orders_for_thread("t") == []


def test_totals_beyond_int64_are_refused(open_commerce: OpenCommerce) -> None:
    shop = stocked(open_commerce())
    cart_id = shop.add_to_cart(shop.cart_for_thread("t").id, "dear", "dear", 3).id
    with pytest.raises(AmountTooLarge):
        shop.add_to_cart(cart_id, "dear", "dear", 2)  # 5 × max/4 > max
    assert shop.get_cart(cart_id).item_count == 3
    session = shop.create_checkout(cart_id, BUYER, ADDRESS)
    with pytest.raises(AmountTooLarge):
        shop.update_checkout(
            session.id, items=[ItemRequest(product_id="dear", variant_id="dear", quantity=5)]
        )


def test_a_variant_named_twice_counts_all_its_units(open_commerce: OpenCommerce) -> None:
    shop = stocked(open_commerce())
    session = session_with_tee(shop)
    twice = [ItemRequest(product_id="usd", variant_id="usd", quantity=3)] * 2  # 6 of stock 5
    updated = shop.update_checkout(session.id, items=twice)
    assert [(li.product_id, li.quantity) for li in updated.line_items] == [("usd", 6)]
    assert updated.status == "not_ready_for_payment"
    assert any(m.code == "out_of_stock" for m in updated.messages)


def test_the_line_limit_is_configurable(open_commerce: OpenCommerce) -> None:
    shop = stocked(open_commerce(max_line_quantity=3))
    cart_id = shop.cart_for_thread("t").id
    shop.add_to_cart(cart_id, "tee", "tee-v1", 3)
    with pytest.raises(InvalidQuantity, match="at most 3"):
        shop.add_to_cart(cart_id, "tee", "tee-v1", 1)


VARIANTS = [("usd", "usd"), ("eur", "eur"), ("dear", "dear"), ("tee", "tee-v1")]
QUANTITIES = st.one_of(st.integers(-2, 12), st.integers(900, 1100), st.integers(10**15, 10**19))
OPERATIONS = st.lists(
    st.one_of(
        st.tuples(st.just("add"), st.sampled_from(VARIANTS), QUANTITIES),
        st.tuples(st.just("set"), st.integers(0, 3), QUANTITIES),
        st.tuples(st.just("checkout")),
        st.tuples(
            st.just("update"),
            st.lists(st.tuples(st.sampled_from(VARIANTS), st.integers(1, 10**19)), max_size=3),
        ),
        st.tuples(st.just("complete"), st.booleans()),
    ),
    max_size=12,
)


def assert_sane(value: Cart | CheckoutSession) -> None:
    """Every amount in the store currency, never negative, never beyond int64."""
    if isinstance(value, Cart):
        amounts = [
            value.subtotal,
            *(m for line in value.lines for m in (line.unit_price, line.subtotal)),
        ]
    else:
        amounts = [
            *(t.amount for t in value.totals),
            *(m for li in value.line_items for m in (li.unit_price, li.subtotal)),
        ]
    for amount in amounts:
        assert amount.currency == "USD", value
        assert 0 <= amount.amount <= MAX_MINOR_UNITS, value


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(operations=OPERATIONS)
def test_no_sequence_of_calls_makes_a_bad_total(operations: list[tuple[Any, ...]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        shop = stocked(Commerce.open(Settings(data_dir=Path(tmp), _env_file=None)))  # type: ignore[call-arg]
        try:
            run(shop, operations)
        finally:
            shop.close()


def run(shop: Commerce, operations: list[tuple[Any, ...]]) -> None:
    cart_id = shop.cart_for_thread("t").id
    session: CheckoutSession | None = None
    for op, *args in operations:
        try:
            if op == "add":
                (product_id, variant_id), quantity = args
                assert_sane(shop.add_to_cart(cart_id, product_id, variant_id, quantity))
            elif op == "set":
                lines = shop.get_cart(cart_id).lines
                if lines:
                    line = lines[args[0] % len(lines)]
                    assert_sane(shop.set_quantity(cart_id, line.id, args[1]))
            elif op == "checkout":
                session = shop.create_checkout(cart_id, BUYER, ADDRESS)
            elif op == "update" and session is not None:
                items = [
                    ItemRequest(product_id=p, variant_id=v, quantity=q) for (p, v), q in args[0]
                ]
                session = shop.update_checkout(session.id, items=items)
            elif op == "complete" and session is not None:
                expected = session.total if args[0] else None
                session = shop.complete_checkout(session.id, VISA, expected_total=expected)
        except CommerceError:
            continue  # a refusal is an allowed answer; a wrong total is not
        if session is not None:
            assert_sane(session)
        assert_sane(shop.get_cart(cart_id))
    for order in shop.orders_for_thread("t"):
        for total in order.totals:
            assert total.amount.currency == "USD" and 0 <= total.amount.amount <= MAX_MINOR_UNITS
