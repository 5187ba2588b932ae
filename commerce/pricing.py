"""The store's money rules, in one place: carts, checkout sessions and completion all use them.

- one currency, the store's: an offer priced in another is refused;
- 1 to `max_line_quantity` units per line (AISLE_MAX_LINE_QUANTITY, 999 by default);
- no more units than the offer has (carts refuse; sessions say so in a message);
- every amount, and every total, fits a signed 64-bit integer of minor units;
- totals from Settings: flat shipping (free above a threshold) and a flat tax rate.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from aisle.money import MAX_MINOR_UNITS, Money
from aisle.settings import Settings
from commerce.errors import AmountTooLarge, CurrencyMismatch, InvalidQuantity, OutOfStock
from commerce.models import CartLine, LineItem, Offer, Total


@dataclass(frozen=True)
class PricingRules:
    currency: str
    shipping_flat: int
    free_shipping_over: int | None
    tax_rate_bps: int
    max_line_quantity: int = 999

    @classmethod
    def from_settings(cls, settings: Settings) -> PricingRules:
        return cls(
            currency=settings.currency,
            shipping_flat=settings.shipping_flat,
            free_shipping_over=settings.free_shipping_over,
            tax_rate_bps=settings.tax_rate_bps,
            max_line_quantity=settings.max_line_quantity,
        )

    def check_item(self, offer: Offer, quantity: int) -> Money:
        """Currency and quantity of one line; returns its subtotal. Stock is not looked at."""
        if offer.price.currency != self.currency:
            raise CurrencyMismatch(
                f"{offer.title} is priced in {offer.price.currency}; this store sells in "
                f"{self.currency}"
            )
        if quantity < 1:
            raise InvalidQuantity("quantity must be at least 1")
        if quantity > self.max_line_quantity:
            raise InvalidQuantity(f"at most {self.max_line_quantity} units per line")
        if not 0 < offer.price.amount <= MAX_MINOR_UNITS:
            raise AmountTooLarge(f"{offer.title} has no valid price")
        return self.within_limit(offer.price * quantity)

    def check_line(self, offer: Offer, quantity: int) -> Money:
        """`check_item` plus stock: a cart never holds more than can be bought."""
        subtotal = self.check_item(offer, quantity)
        available = offer.units_available()
        if available is not None and quantity > available:
            name = offer.title + (f" ({offer.variant_title})" if offer.variant_title else "")
            if available == 0:
                raise OutOfStock(f"{name} is out of stock", available=0)
            raise OutOfStock(f"only {available} of {name} left", available=available)
        return subtotal

    def check_sum(self, amounts: Iterable[Money]) -> Money:
        """The sum of amounts in the store currency, refused beyond int64 or in another one."""
        total = 0
        for amount in amounts:
            if amount.currency != self.currency:
                raise CurrencyMismatch(f"an amount in {amount.currency} in a {self.currency} store")
            total += amount.amount
        return self.within_limit(Money(amount=total, currency=self.currency))

    @staticmethod
    def within_limit(amount: Money) -> Money:
        if not 0 <= amount.amount <= MAX_MINOR_UNITS:
            raise AmountTooLarge(
                f"{amount.format()} is more than this store can charge in one order"
            )
        return amount

    def totals(self, lines: Sequence[LineItem] | Sequence[CartLine]) -> list[Total]:
        """Subtotal, shipping, tax and total; tax applies to goods and is rounded half up (a
        cart's lines give the estimate a shopper sees before checkout)."""
        subtotal = self.check_sum(line.subtotal for line in lines).amount
        shipping = 0 if not lines else self.shipping_flat
        if self.free_shipping_over is not None and subtotal >= self.free_shipping_over:
            shipping = 0
        tax = (subtotal * self.tax_rate_bps + 5000) // 10000
        amounts = {
            "subtotal": subtotal,
            "shipping": shipping,
            "tax": tax,
            "total": self.within_limit(
                Money(amount=subtotal + shipping + tax, currency=self.currency)
            ).amount,
        }
        labels = {"subtotal": "Subtotal", "shipping": "Shipping", "tax": "Tax", "total": "Total"}
        return [
            Total(
                type=kind,  # type: ignore[arg-type]
                display_text=labels[kind],
                amount=Money(amount=amount, currency=self.currency),
            )
            for kind, amount in amounts.items()
        ]
