"""Domain errors: each names something a shopper or client can act on; the API maps them to 4xx."""

from __future__ import annotations


class CommerceError(Exception):
    """Base of every commerce error; `code` is the stable machine-readable name."""

    code = "commerce_error"


class NotFound(CommerceError):
    """An unknown cart, line, offer, checkout session or order."""

    code = "not_found"


class InvalidQuantity(CommerceError):
    """A quantity below one (or below zero where zero removes the line)."""

    code = "invalid_quantity"


class OutOfStock(CommerceError):
    """More units asked for than the store has, or the variant is not for sale."""

    code = "out_of_stock"

    def __init__(self, message: str, *, available: int = 0) -> None:
        super().__init__(message)
        self.available = available


class CurrencyMismatch(CommerceError):
    """An offer priced in another currency than the store's."""

    code = "currency_mismatch"


class AmountTooLarge(CommerceError):
    """A line or total beyond what one order can charge (a signed 64-bit count of minor units)."""

    code = "amount_too_large"


class CheckoutClosed(CommerceError):
    """A completed or canceled checkout session cannot change any more."""

    code = "checkout_closed"


class CheckoutNotReady(CommerceError):
    """Completion asked for a session that still lacks items, buyer, address or a confirmation."""

    code = "checkout_not_ready"


class InvalidPaymentMethod(CommerceError):
    """A card number that fails the Luhn check, an expired card or an unknown token."""

    code = "invalid_payment_method"


class OrderNotCancelable(CommerceError):
    """The order has shipped, so it can only be returned, not canceled."""

    code = "order_not_cancelable"


class IdempotencyConflict(CommerceError):
    """The key was used for a different request, or its first request is still running.

    `retry_after` (seconds) is set when the first request is still running: by then it has
    finished, or its lease has run out and a retry takes the key over.
    """

    code = "idempotency_conflict"

    def __init__(self, message: str, *, retry_after: int | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class SessionChanged(CommerceError):
    """The session changed (items, prices, buyer, address) since the version approved."""

    code = "session_changed"


class TotalMismatch(CommerceError):
    """The total the shopper confirmed is not the session's total any more."""

    code = "total_mismatch"
