"""Hypothesis drives random cart and checkout operations and checks what must always hold."""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from aisle.settings import Settings
from commerce.errors import CheckoutClosed, CheckoutNotReady, InvalidQuantity, OutOfStock
from commerce.models import Cart, PaymentMethod
from commerce.service import Commerce
from tests.commerce.samples import ADDRESS, BUYER, product

VARIANTS = [("tee", "tee-v1"), ("tee", "tee-v2"), ("mug", "mug-v1")]
TOKENS = ["tok_visa", "tok_chargeDeclined", "tok_authenticationRequired"]


class CartAndCheckout(RuleBasedStateMachine):
    """One shopper's cart and their checkout sessions on a fresh SQLite store."""

    @initialize()
    def open_store(self) -> None:
        self.tmp = tempfile.TemporaryDirectory()
        data = Path(self.tmp.name)
        store = Settings(data_dir=data, _env_file=None, tax_rate_bps=725)  # type: ignore[call-arg]
        self.shop = Commerce.open(store)
        self.shop.sync_catalog([product("tee", 2500, 6, variants=2), product("mug", 1299, None)])
        self.cart_id = self.shop.cart_for_thread("thread").id
        self.session_ids: list[str] = []
        self.closed: dict[str, str] = {}

    def teardown(self) -> None:
        if hasattr(self, "shop"):
            self.shop.close()
            self.tmp.cleanup()

    def cart(self) -> Cart:
        return self.shop.get_cart(self.cart_id)

    @rule(variant=st.sampled_from(VARIANTS), quantity=st.integers(-1, 8))
    def add(self, variant: tuple[str, str], quantity: int) -> None:
        with contextlib.suppress(OutOfStock, InvalidQuantity):
            self.shop.add_to_cart(self.cart_id, *variant, quantity)

    @rule(pick=st.integers(0, 5), quantity=st.integers(-1, 9))
    def set_quantity(self, pick: int, quantity: int) -> None:
        lines = self.cart().lines
        if lines:
            with contextlib.suppress(OutOfStock, InvalidQuantity):
                self.shop.set_quantity(self.cart_id, lines[pick % len(lines)].id, quantity)

    @rule(pick=st.integers(0, 5))
    def remove(self, pick: int) -> None:
        lines = self.cart().lines
        if lines:
            self.shop.remove_line(self.cart_id, lines[pick % len(lines)].id)

    @rule()
    def clear(self) -> None:
        self.shop.clear_cart(self.cart_id)

    @rule(price=st.integers(100, 9000), extra_stock=st.integers(0, 3))
    def reprice(self, price: int, extra_stock: int) -> None:
        stock = self.shop.get_offer("tee", "tee-v1").stock or 0
        tee = product("tee", price, stock + extra_stock, variants=2)
        tee.variants[1].stock = (self.shop.get_offer("tee", "tee-v2").stock or 0) + extra_stock
        self.shop.sync_catalog([tee])

    @rule(with_buyer=st.booleans())
    def create_checkout(self, with_buyer: bool) -> None:
        session = self.shop.create_checkout(
            self.cart_id, buyer=BUYER if with_buyer else None, shipping_address=ADDRESS
        )
        self.session_ids.append(session.id)

    @precondition(lambda self: bool(self.session_ids))
    @rule(pick=st.integers(0, 9), token=st.sampled_from(TOKENS))
    def complete(self, pick: int, token: str) -> None:
        session_id = self.session_ids[pick % len(self.session_ids)]
        try:
            after = self.shop.complete_checkout(session_id, PaymentMethod(token=token))
        except (CheckoutNotReady, CheckoutClosed):
            return
        if after.status == "completed":
            self.closed.setdefault(session_id, after.model_dump_json())

    @precondition(lambda self: bool(self.session_ids))
    @rule(pick=st.integers(0, 9))
    def cancel_or_update(self, pick: int) -> None:
        session_id = self.session_ids[pick % len(self.session_ids)]
        try:
            if pick % 2:
                after = self.shop.cancel_checkout(session_id)
                self.closed.setdefault(session_id, after.model_dump_json())
            else:
                self.shop.update_checkout(session_id, buyer=BUYER)
        except CheckoutClosed:
            assert session_id in self.closed

    @invariant()
    def cart_totals_add_up(self) -> None:
        if not hasattr(self, "shop"):
            return
        cart = self.cart()
        assert cart.subtotal.amount == sum(li.quantity * li.unit_price.amount for li in cart.lines)
        for line in cart.lines:
            stock = self.shop.get_offer(line.product_id, line.variant_id).stock
            assert 1 <= line.quantity <= (stock if stock is not None else 999)
            assert line.unit_price.amount >= 0

    @invariant()
    def session_totals_add_up(self) -> None:
        for session_id in getattr(self, "session_ids", []):
            session = self.shop.get_checkout(session_id)
            amounts = {t.type: t.amount.amount for t in session.totals}
            assert amounts["subtotal"] == sum(
                li.quantity * li.unit_price.amount for li in session.line_items
            )
            assert amounts["total"] == amounts["subtotal"] + amounts["shipping"] + amounts["tax"]
            assert min(amounts.values()) >= 0
            assert (session.order_id is not None) == (session.status == "completed")

    @invariant()
    def closed_sessions_never_change(self) -> None:
        for session_id, frozen in getattr(self, "closed", {}).items():
            assert self.shop.get_checkout(session_id).model_dump_json() == frozen


CartAndCheckout.TestCase.settings = settings(
    max_examples=15,
    stateful_step_count=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@pytest.mark.slow
class TestCartAndCheckout(CartAndCheckout.TestCase):  # type: ignore[misc,valid-type]
    pass
