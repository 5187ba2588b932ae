"""Completing a checkout in one transaction: re-validate, take stock, charge, write the order.

Either all of it commits or none of it does; a decline or a price/stock change is recorded on
the session instead, so nothing is charged at a price the shopper did not see. The charge's
payment intent was committed before this transaction (`commerce/intents.py`) and is settled in
it, so a crash between charge and commit is found and refunded at the next start.
"""

from __future__ import annotations

from sqlalchemy import Connection, select

from aisle.money import Money
from commerce.carts import remove_purchased
from commerce.errors import CheckoutClosed, CheckoutNotReady, SessionChanged, TotalMismatch
from commerce.intents import settle
from commerce.inventory import load_offer, take_stock
from commerce.models import Message, PaymentMethod, PaymentSummary
from commerce.orders import insert_order
from commerce.payments import PaymentProvider
from commerce.pricing import PricingRules
from commerce.sessions import SessionRecord, load_session, readiness_messages, save_session
from commerce.tables import carts
from commerce.webhooks import OrderEvents

PAYABLE = frozenset({"ready_for_payment", "authentication_required"})


def complete_session(
    conn: Connection,
    session_id: str,
    payment: PaymentMethod,
    provider: PaymentProvider,
    rules: PricingRules,
    now: float,
    expected_total: Money | None = None,
    expected_version: int | None = None,
    charge_key: str | None = None,
    events: OrderEvents | None = None,
) -> SessionRecord:
    """Run inside a write transaction; returns the session as it now stands.

    `charge_key` is the payment intent's key (`intents.prepare`); without one the charge is
    keyed by session and token and no intent is recorded. With `events`, the new order's
    `order_create` webhook event is written in the same transaction.
    """
    record = load_session(conn, session_id, for_update=True)
    if record.status == "completed":
        return record  # completing twice is harmless: nothing is charged again
    if record.status == "canceled":
        raise CheckoutClosed(f"checkout session {session_id} was canceled")
    if expected_version is not None and expected_version != record.version:
        raise SessionChanged(
            f"checkout session {session_id} is at version {record.version}, not the approved "
            f"version {expected_version}: show the shopper the session again"
        )
    blocked = record.status not in PAYABLE
    if blocked and not only_prices_changed(record):
        codes = ", ".join(m.code for m in record.messages if m.type == "error") or record.status
        raise CheckoutNotReady(f"checkout session {session_id} is not ready for payment: {codes}")
    total = rules.totals(record.line_items)[-1].amount
    if expected_total is not None and expected_total != total:
        raise TotalMismatch(f"the total is {total.format()}, not {expected_total.format()}")
    if blocked and expected_total is None:
        raise CheckoutNotReady(
            f"prices changed; the new total is {total.format()}: pass it as the approved total"
        )

    record.updated_at = now
    changes = revalidate(conn, record, rules)
    if changes:
        record.messages = readiness_messages(record) + changes
        record.status = "not_ready_for_payment"
        if any(m.code == "price_changed" for m in changes):
            record.version += 1  # the lines' prices changed: the shopper approves them again
        save_session(conn, record)
        return record

    with conn.begin_nested() as attempt:
        for line in sorted(record.line_items, key=lambda li: (li.product_id, li.variant_id)):
            if not take_stock(conn, line.product_id, line.variant_id, line.quantity):
                raise RuntimeError(f"stock of {line.variant_id} moved under a held lock")
        key = charge_key or f"{session_id}:{payment.token}"
        result = provider.charge(payment.token, total, idempotency_key=key)
        paid = result.status == "succeeded" and result.charge_id is not None
        if not paid:
            attempt.rollback()  # the stock goes back; the session stays payable
    if charge_key is not None:
        settle(conn, charge_key, result.status, total, now, result.charge_id)
    if not paid or result.charge_id is None:
        record.messages = [payment_message(result.status, result.decline_code)]
        declined = result.status != "requires_authentication"
        record.status = "ready_for_payment" if declined else "authentication_required"
        save_session(conn, record)
        return record

    shopper_id = conn.execute(
        select(carts.c.shopper_id).where(carts.c.id == record.cart_id)
    ).scalar_one_or_none()
    assert record.buyer is not None and record.shipping_address is not None
    record.order_id = insert_order(
        conn,
        session_id=record.id,
        cart_id=record.cart_id,
        thread_id=record.thread_id,
        shopper_id=shopper_id,
        buyer=record.buyer,
        shipping_address=record.shipping_address,
        line_items=record.line_items,
        totals=rules.totals(record.line_items),
        payment=PaymentSummary(
            token=payment.token,
            brand=result.brand,
            last4=result.last4,
            charge_id=result.charge_id,
        ),
        now=now,
    )
    remove_purchased(
        conn,
        record.cart_id,
        [(li.product_id, li.variant_id, li.quantity) for li in record.line_items],
    )
    record.status = "completed"
    record.messages = []
    save_session(conn, record)
    if events is not None:
        events.record(conn, record.order_id, "order_create", now)
    return record


def only_prices_changed(record: SessionRecord) -> bool:
    """Sent back only for new prices: approving the new total (`expected_total`) is enough."""
    return {m.code for m in record.messages if m.type == "error"} == {"price_changed"}


def revalidate(conn: Connection, record: SessionRecord, rules: PricingRules) -> list[Message]:
    """Re-read price and stock under lock; move changed prices into the session and say so.

    The store's money rules are checked again (an import may have changed an offer's currency
    or price since): a breach is refused before anything is charged.
    """
    messages: list[Message] = []
    lines = list(record.line_items)
    # Lock offers in one global order so that two completions can never deadlock.
    by_variant = sorted(range(len(lines)), key=lambda i: (lines[i].product_id, lines[i].variant_id))
    for index in by_variant:
        line = lines[index]
        offer = load_offer(conn, line.product_id, line.variant_id, for_update=True)
        rules.check_item(offer, line.quantity)
        param = f"$.line_items[{index}]"
        name = line.title + (f" ({line.variant_title})" if line.variant_title else "")
        if offer.price != line.unit_price:
            messages.append(
                Message(
                    type="error",
                    code="price_changed",
                    param=param,
                    content=(
                        f"{name} is now {offer.price.format()} (was "
                        f"{line.unit_price.format()}); confirm the new total to continue."
                    ),
                )
            )
            lines[index] = line.model_copy(
                update={"unit_price": offer.price, "subtotal": offer.price * line.quantity}
            )
        available = offer.units_available()
        if available is not None and line.quantity > available:
            left = f"only {available} left" if available else "out of stock"
            messages.append(
                Message(type="error", code="out_of_stock", param=param, content=f"{name}: {left}.")
            )
    rules.totals(lines)
    record.line_items = lines
    return messages


def payment_message(status: str, decline_code: str | None) -> Message:
    if status == "requires_authentication":
        return Message(
            type="error",
            code="authentication_required",
            param="$.payment",
            content="The card needs the shopper to authenticate (3-D Secure) with the card "
            "issuer; complete the checkout again once they have.",
        )
    reason = {
        "insufficient_funds": "The card has insufficient funds.",
        "test_mode_live_card": "Only test cards work in this demo store.",
    }.get(decline_code or "", "The card was declined.")
    return Message(
        type="error",
        code="payment_declined",
        param="$.payment",
        content=f"{reason} Nothing was charged; try another payment method.",
    )
