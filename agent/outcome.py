"""What a tool hands back: a message the agent can act on, structured data, and state changes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from agent.context import Context
from agent.size_steps import APPAREL_SIZES
from agent.state import ShoppingState, ShownProduct
from catalog.model import Product


@dataclass
class ToolRun:
    """One tool call's surroundings: services, the conversation so far, and the thread."""

    ctx: Context
    state: ShoppingState
    thread_id: str


@dataclass
class Outcome:
    """A tool's result; `ok=False` carries a domain problem phrased for the shopper."""

    ok: bool
    message: str
    data: dict[str, Any] = field(default_factory=dict)
    update: dict[str, Any] = field(default_factory=dict)


def shown_product(
    product: Product, ordinal: int, variant_ids: list[str] | None = None
) -> ShownProduct:
    """A listing entry priced at the cheapest variant that matched the shopper's filters."""
    variants = [v for v in product.variants if not variant_ids or v.id in variant_ids]
    cheapest = min(variants or product.variants, key=lambda v: v.price.amount)
    return ShownProduct(
        ordinal=ordinal,
        id=product.id,
        title=product.title,
        price=cheapest.price.model_dump(),
        in_stock=any(v.in_stock for v in variants or product.variants),
    )


def in_size_order(sizes: list[str]) -> list[str]:
    """6, 6.5, 7 … or XS, S, M …; anything else stays in catalog order."""
    if all(_is_number(s) for s in sizes):
        return sorted(sizes, key=float)
    if all(s.upper() in APPAREL_SIZES for s in sizes):
        return sorted(sizes, key=lambda s: APPAREL_SIZES.index(s.upper()))
    return sizes


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def numbered(products: list[ShownProduct]) -> str:
    return "\n".join(f"{p['ordinal']}. {p['title']} ({money_text(p['price'])})" for p in products)


def money_text(price: dict[str, Any]) -> str:
    from aisle.money import Money

    return Money.model_validate(price).format()
