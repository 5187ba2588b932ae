"""A completion that dies half-way leaves no half-written order and loses no stock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from aisle.money import Money
from commerce.intents import intents_of
from commerce.models import PaymentMethod, PaymentResult
from commerce.payments import MockPaymentProvider
from commerce.service import Commerce
from tests.commerce.conftest import OpenCommerce
from tests.commerce.samples import ADDRESS, BUYER, product

VISA = PaymentMethod(token="tok_visa")


class CrashAfterCharge:
    """Charges (stock is already taken by then) and then dies, like a process killed mid-way."""

    def __init__(self) -> None:
        self.calls = 0

    def charge(
        self, token: str, amount: Money, idempotency_key: str, *, authenticated: bool = False
    ) -> PaymentResult:
        self.calls += 1
        raise SystemExit("killed between stock decrement and order insert")

    def refund(self, charge_id: str, amount: Money, idempotency_key: str) -> None:
        raise AssertionError("nothing to refund")


def prepared(shop: Commerce) -> tuple[str, str]:
    shop.sync_catalog([product("tee", 2500, 10)])
    cart = shop.add_to_cart(shop.cart_for_thread("t").id, "tee", "tee-v1", 3)
    return cart.id, shop.create_checkout(cart.id, BUYER, ADDRESS).id


def test_failure_after_stock_decrement_rolls_everything_back(open_commerce: OpenCommerce) -> None:
    crashing = CrashAfterCharge()
    shop = open_commerce(payments=crashing)
    cart_id, session_id = prepared(shop)

    with pytest.raises(SystemExit):
        shop.complete_checkout(session_id, VISA, idempotency_key="pay")

    assert crashing.calls == 1
    assert shop.get_offer("tee", "tee-v1").stock == 10
    assert shop.orders_for_thread("t") == []
    assert shop.get_checkout(session_id).status == "ready_for_payment"
    assert shop.get_cart(cart_id).item_count == 3
    recovered = open_commerce()  # a restarted process with a working provider
    done = recovered.complete_checkout(session_id, VISA, idempotency_key="pay")
    assert done.status == "completed"
    assert recovered.get_offer("tee", "tee-v1").stock == 7


_KILLED_WORKER = textwrap.dedent(
    """
    import sys, time
    from aisle.settings import Settings
    from commerce.payments import MockPaymentProvider
    from commerce.service import Commerce
    from commerce.models import PaymentMethod

    class Stall(MockPaymentProvider):
        def charge(self, *args, **kwargs):
            open(sys.argv[3], "w").close()  # stock is decremented inside the open transaction
            time.sleep(60)

    settings = Settings(data_dir=sys.argv[4], _env_file=None)
    shop = Commerce.open(settings, payments=Stall(), url=sys.argv[1])
    shop.complete_checkout(sys.argv[2], PaymentMethod(token="tok_visa"))
    """
)


@pytest.mark.slow
def test_sigkill_mid_completion(
    open_commerce: OpenCommerce, database_url: str, tmp_path: Path
) -> None:
    shop = open_commerce()
    _, session_id = prepared(shop)
    marker = tmp_path / "charging"
    worker = subprocess.Popen(
        [sys.executable, "-c", _KILLED_WORKER, database_url, session_id, str(marker), tmp_path],
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        deadline = time.monotonic() + 30
        while not marker.exists():
            assert worker.poll() is None, "worker exited before charging"
            assert time.monotonic() < deadline, "worker never reached the charge"
            time.sleep(0.05)
        os.kill(worker.pid, signal.SIGKILL)
    finally:
        worker.wait(timeout=30)

    assert shop.get_offer("tee", "tee-v1").stock == 10
    assert shop.orders_for_thread("t") == []
    assert shop.get_checkout(session_id).status == "ready_for_payment"
    done = shop.complete_checkout(session_id, VISA)
    assert done.status == "completed" and shop.get_offer("tee", "tee-v1").stock == 7


class DiesAfterTheProviderCharged(MockPaymentProvider):
    """A real provider's charge goes through; then the process dies before the commit."""

    def charge(self, token: str, amount: Money, idempotency_key: str) -> PaymentResult:
        super().charge(token, amount, idempotency_key)
        raise SystemExit("killed after the provider charged, before the order committed")


def test_a_charge_without_an_order_is_refunded_at_the_next_start(
    open_commerce: OpenCommerce,
) -> None:
    provider = DiesAfterTheProviderCharged()  # the provider outlives the process, as Stripe does
    shop = open_commerce(payments=provider)
    _, session_id = prepared(shop)
    with pytest.raises(SystemExit):
        shop.complete_checkout(session_id, VISA, idempotency_key="pay")
    (charge_id,) = provider.charged
    (intent,) = intents_of(shop.engine, session_id)
    assert intent["status"] == "pending"  # committed before the charge, so it survived
    assert shop.orders_for_thread("t") == []

    restarted = open_commerce(payments=provider)
    assert restarted.reconcile_payments(older_than_s=0) == 1
    (intent,) = intents_of(restarted.engine, session_id)
    assert (intent["status"], intent["charge_id"]) == ("refunded", charge_id)
    assert f"refund:{intent['key']}" in provider._refunds
    assert restarted.reconcile_payments(older_than_s=0) == 0  # settled once

    working = MockPaymentProvider()
    retried = open_commerce(payments=working)
    done = retried.complete_checkout(session_id, VISA, idempotency_key="pay-2")
    assert done.status == "completed"
    keys = [i["key"] for i in intents_of(retried.engine, session_id)]
    assert len(keys) == 2 and keys[1] != keys[0]  # the refunded key is never charged again
    assert retried.get_offer("tee", "tee-v1").stock == 7


def test_reconcile_leaves_completed_and_fresh_intents_alone(open_commerce: OpenCommerce) -> None:
    shop = open_commerce()
    _, session_id = prepared(shop)
    done = shop.complete_checkout(session_id, VISA)
    assert done.status == "completed"
    assert shop.reconcile_payments(older_than_s=0) == 0
    (intent,) = intents_of(shop.engine, session_id)
    assert intent["status"] == "succeeded"
