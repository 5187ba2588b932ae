"""Stripe-style test cards and tokens, and what each does to a checkout."""

from __future__ import annotations

import logging
from datetime import date

import pytest

from commerce.errors import InvalidPaymentMethod
from commerce.intents import intents_of
from commerce.models import PaymentMethod
from commerce.payments import MockPaymentProvider, luhn_valid, tokenize
from commerce.service import Commerce
from tests.commerce.samples import ADDRESS, BUYER

TODAY = date(2026, 11, 26)


@pytest.mark.parametrize(
    ("number", "token"),
    [
        ("4242 4242 4242 4242", "tok_visa"),
        ("4000000000000002", "tok_chargeDeclined"),
        ("4000-0000-0000-9995", "tok_chargeDeclinedInsufficientFunds"),
        ("4000002500003155", "tok_authenticationRequired"),
    ],
)
def test_test_cards_become_stripe_test_tokens(number: str, token: str) -> None:
    assert tokenize(number, "12/34", "123", today=TODAY) == token


def test_bad_cards_are_refused_before_any_charge() -> None:
    assert not luhn_valid("4242424242424241")
    with pytest.raises(InvalidPaymentMethod, match="not valid"):
        tokenize("4242424242424241", "12/34", "123", today=TODAY)
    with pytest.raises(InvalidPaymentMethod, match="expired"):
        tokenize("4242424242424242", "10/26", "123", today=TODAY)
    with pytest.raises(InvalidPaymentMethod, match="security code"):
        tokenize("4242424242424242", "12/34", "12", today=TODAY)


def test_token_of_a_non_test_card_hides_the_number() -> None:
    token = tokenize("5555555555554444", "01/30", "123", today=TODAY)
    assert token == "tok_card_mastercard_4444"
    assert "555555555555" not in token


@pytest.mark.parametrize(
    ("token", "status", "code"),
    [
        ("tok_chargeDeclined", "ready_for_payment", "payment_declined"),
        ("tok_chargeDeclinedInsufficientFunds", "ready_for_payment", "payment_declined"),
        ("tok_card_mastercard_4444", "ready_for_payment", "payment_declined"),
        ("tok_authenticationRequired", "authentication_required", "authentication_required"),
    ],
)
def test_unsuccessful_payment_keeps_cart_session_and_stock(
    commerce: Commerce, token: str, status: str, code: str
) -> None:
    cart = commerce.add_to_cart(commerce.cart_for_thread("t").id, "tee", "tee-v1", 2)
    session = commerce.create_checkout(cart.id, BUYER, ADDRESS)
    after = commerce.complete_checkout(session.id, PaymentMethod(token=token))
    assert (after.status, [m.code for m in after.messages]) == (status, [code])
    assert after.order_id is None and after.total == session.total
    assert commerce.get_cart(cart.id).item_count == 2
    assert commerce.get_offer("tee", "tee-v1").stock == 10
    assert commerce.orders_for_thread("t") == []
    # payable with another method
    paid = commerce.complete_checkout(session.id, PaymentMethod(token="tok_visa"))
    assert paid.status == "completed" and paid.messages == []


def test_insufficient_funds_says_so(commerce: Commerce) -> None:
    cart = commerce.add_to_cart(commerce.cart_for_thread("t").id, "mug", "mug-v1")
    session = commerce.create_checkout(cart.id, BUYER, ADDRESS)
    declined = commerce.complete_checkout(
        session.id, PaymentMethod(token="tok_chargeDeclinedInsufficientFunds")
    )
    assert "insufficient funds" in declined.messages[0].content


def test_authenticated_card_then_succeeds(commerce: Commerce) -> None:
    cart = commerce.add_to_cart(commerce.cart_for_thread("t").id, "mug", "mug-v1")
    session = commerce.create_checkout(cart.id, BUYER, ADDRESS)
    token = tokenize("4000002500003155", "12/34", "123", today=TODAY)
    first = commerce.complete_checkout(session.id, PaymentMethod(token=token))
    assert first.status == "authentication_required"
    again = commerce.complete_checkout(session.id, PaymentMethod(token=token))
    assert again.status == "authentication_required"  # only the provider can say it passed
    assert isinstance(commerce.payments, MockPaymentProvider)
    (intent,) = intents_of(commerce.engine, session.id)
    assert intent["status"] == "requires_authentication"
    commerce.payments.authenticate(str(intent["key"]))  # the shopper passed the issuer's check
    done = commerce.complete_checkout(session.id, PaymentMethod(token=token))
    assert done.status == "completed"
    payment = commerce.get_order(done.order_id or "").payment
    assert (payment.token, payment.last4) == ("tok_authenticationRequired", "3155")


def test_logs_carry_the_token_never_the_card_number(
    commerce: Commerce, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    cart = commerce.add_to_cart(commerce.cart_for_thread("t").id, "mug", "mug-v1")
    session = commerce.create_checkout(cart.id, BUYER, ADDRESS)
    token = tokenize("4242424242424242", "12/34", "123", today=TODAY)
    commerce.complete_checkout(session.id, PaymentMethod(token=token))
    assert "tok_visa" in caplog.text and "4242" in caplog.text
    assert "4242424242424242" not in caplog.text


def test_unknown_token_is_refused(commerce: Commerce) -> None:
    cart = commerce.add_to_cart(commerce.cart_for_thread("t").id, "mug", "mug-v1")
    session = commerce.create_checkout(cart.id, BUYER, ADDRESS)
    with pytest.raises(InvalidPaymentMethod):
        commerce.complete_checkout(session.id, PaymentMethod(token="4242424242424242"))
    assert commerce.get_checkout(session.id).status == "ready_for_payment"
