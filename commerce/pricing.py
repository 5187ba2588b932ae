"""Store totals from Settings: flat shipping (free above a threshold) and a flat tax rate."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from aisle.money import Money
from aisle.settings import Settings
from commerce.models import LineItem, Total


@dataclass(frozen=True)
class PricingRules:
    currency: str
    shipping_flat: int
    free_shipping_over: int | None
    tax_rate_bps: int

    @classmethod
    def from_settings(cls, settings: Settings) -> PricingRules:
        return cls(
            currency=settings.currency,
            shipping_flat=settings.shipping_flat,
            free_shipping_over=settings.free_shipping_over,
            tax_rate_bps=settings.tax_rate_bps,
        )

    def totals(self, lines: Sequence[LineItem]) -> list[Total]:
        """Subtotal, shipping, tax and total; tax applies to goods and is rounded half up."""
        subtotal = sum((line.subtotal.amount for line in lines), 0)
        shipping = 0 if not lines else self.shipping_flat
        if self.free_shipping_over is not None and subtotal >= self.free_shipping_over:
            shipping = 0
        tax = (subtotal * self.tax_rate_bps + 5000) // 10000
        amounts = {
            "subtotal": subtotal,
            "shipping": shipping,
            "tax": tax,
            "total": subtotal + shipping + tax,
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
