"""A mock payment provider with Stripe's test cards and tokens; no real money moves.

Card numbers are exchanged for tokens at once (`tokenize`) and never stored or logged: orders and
logs carry only the token, the brand and the last four digits.
"""

from __future__ import annotations

import logging
import re
import secrets
import threading
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from aisle.money import Money
from commerce.errors import IdempotencyConflict, InvalidPaymentMethod
from commerce.models import PaymentResult

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TestCard:
    token: str
    brand: str
    last4: str
    outcome: str  # succeeded | declined | requires_authentication
    decline_code: str | None = None


# Stripe's documented test cards and the test tokens that stand for them.
TEST_CARDS: dict[str, TestCard] = {
    "4242424242424242": TestCard("tok_visa", "visa", "4242", "succeeded"),
    "4000000000000002": TestCard("tok_chargeDeclined", "visa", "0002", "declined", "card_declined"),
    "4000000000009995": TestCard(
        "tok_chargeDeclinedInsufficientFunds", "visa", "9995", "declined", "insufficient_funds"
    ),
    "4000002500003155": TestCard(
        "tok_authenticationRequired", "visa", "3155", "requires_authentication"
    ),
}
TEST_TOKENS: dict[str, TestCard] = {card.token: card for card in TEST_CARDS.values()}
_OTHER_CARD_TOKEN = re.compile(r"^tok_card_(?P<brand>[a-z]+)_(?P<last4>\d{4})$")
_EXP_RE = re.compile(r"^\s*(?P<month>\d{1,2})\s*/\s*(?P<year>\d{2}|\d{4})\s*$")


class PaymentProvider(Protocol):
    """What checkout needs from a payment service; a real one (Stripe, Adyen) fits behind it.

    3-D Secure is the provider's business: the shopper authenticates with the card issuer
    through the provider, and a later `charge` under the same key reflects it. No client says
    it passed.
    """

    def charge(self, token: str, amount: Money, idempotency_key: str) -> PaymentResult: ...

    def refund(self, charge_id: str, amount: Money, idempotency_key: str) -> None: ...

    def lookup(self, idempotency_key: str) -> PaymentResult | None:
        """What a charge under this key came to, or None if the provider never saw one."""
        ...


def luhn_valid(number: str) -> bool:
    if not number.isdigit() or not 12 <= len(number) <= 19:
        return False
    total = 0
    for position, char in enumerate(reversed(number)):
        digit = int(char)
        if position % 2 == 1:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0


def card_brand(number: str) -> str:
    if number.startswith("4"):
        return "visa"
    if number[:2] in {"51", "52", "53", "54", "55"} or "2221" <= number[:4] <= "2720":
        return "mastercard"
    if number[:2] in {"34", "37"}:
        return "amex"
    if number.startswith("6011") or number.startswith("65"):
        return "discover"
    return "unknown"


def tokenize(card_number: str, exp: str, cvc: str, *, today: date | None = None) -> str:
    """Exchange a card for a token; the number goes no further than this function."""
    number = re.sub(r"[\s-]", "", card_number)
    if not luhn_valid(number):
        raise InvalidPaymentMethod("the card number is not valid")
    match = _EXP_RE.match(exp)
    if not match or not 1 <= int(match["month"]) <= 12:
        raise InvalidPaymentMethod("the expiry date should look like MM/YY")
    year = int(match["year"]) + (2000 if len(match["year"]) == 2 else 0)
    today = today or date.today()
    if (year, int(match["month"])) < (today.year, today.month):
        raise InvalidPaymentMethod("the card has expired")
    if not re.fullmatch(r"\d{3,4}", cvc.strip()):
        raise InvalidPaymentMethod("the security code should be 3 or 4 digits")
    if number in TEST_CARDS:
        return TEST_CARDS[number].token
    return f"tok_card_{card_brand(number)}_{number[-4:]}"


def describe_token(token: str) -> TestCard:
    """Brand, last4 and mock outcome of a token; a non-test card is declined as in test mode."""
    if token in TEST_TOKENS:
        return TEST_TOKENS[token]
    match = _OTHER_CARD_TOKEN.match(token)
    if match:
        return TestCard(token, match["brand"], match["last4"], "declined", "test_mode_live_card")
    raise InvalidPaymentMethod(f"unknown payment token {token!r}")


class MockPaymentProvider:
    """Answers like Stripe's test mode; replays the first result for a repeated idempotency key."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._charges: dict[str, tuple[str, Money, PaymentResult]] = {}
        self._refunds: dict[str, str] = {}
        self._authenticated: set[str] = set()
        self.charged: dict[str, Money] = {}

    def authenticate(self, idempotency_key: str) -> None:
        """The shopper passed 3-D Secure for this payment (on the provider's page, in life)."""
        with self._lock:
            self._authenticated.add(idempotency_key)

    def lookup(self, idempotency_key: str) -> PaymentResult | None:
        with self._lock:
            seen = self._charges.get(idempotency_key)
        return seen[2] if seen is not None else None

    def charge(self, token: str, amount: Money, idempotency_key: str) -> PaymentResult:
        """Charge a token; a card that needs 3-D Secure succeeds once `authenticate` was told."""
        card = describe_token(token)
        with self._lock:
            seen = self._charges.get(idempotency_key)
            authenticated = idempotency_key in self._authenticated
            if seen is not None:
                if (seen[0], seen[1]) != (token, amount):
                    raise IdempotencyConflict("payment key reused with different parameters")
                if not (seen[2].status == "requires_authentication" and authenticated):
                    return seen[2]
            result = self._decide(card, amount, authenticated)
            self._charges[idempotency_key] = (token, amount, result)
            if result.charge_id:
                self.charged[result.charge_id] = amount
        log.info(
            "mock charge %s %s %s ****%s -> %s",
            amount.format(),
            token,
            card.brand,
            card.last4,
            result.status,
        )
        return result

    def refund(self, charge_id: str, amount: Money, idempotency_key: str) -> None:
        with self._lock:
            if idempotency_key in self._refunds:
                return
            if charge_id not in self.charged:
                raise InvalidPaymentMethod(f"unknown charge {charge_id!r}")
            self._refunds[idempotency_key] = charge_id
        log.info("mock refund %s of %s", amount.format(), charge_id)

    @staticmethod
    def _decide(card: TestCard, amount: Money, authenticated: bool) -> PaymentResult:
        outcome = card.outcome
        if outcome == "requires_authentication" and authenticated:
            outcome = "succeeded"
        succeeded = outcome == "succeeded"
        return PaymentResult(
            status=outcome,  # type: ignore[arg-type]
            charge_id=f"ch_{secrets.token_hex(12)}" if succeeded else None,
            decline_code=card.decline_code,
            brand=card.brand,
            last4=card.last4,
            amount=amount,
        )
