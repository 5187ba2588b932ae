"""Sample shop data for commerce and API tests: a buyer, an address, products with stock."""

from __future__ import annotations

from aisle.money import Money
from catalog.model import Product, Variant
from commerce.models import Address, Buyer

BUYER = Buyer(name="Ada Lovelace", email="ada@example.com")
ADDRESS = Address(
    name="Ada Lovelace", line_one="12 St James's Sq", city="London", postal_code="SW1Y 4JH",
    country="GB",
)  # fmt: skip


def product(
    product_id: str = "tee", price: int = 2500, stock: int | None = 10, variants: int = 1
) -> Product:
    return Product(
        id=product_id,
        title=f"Product {product_id}",
        variants=[
            Variant(
                id=f"{product_id}-v{n}",
                options={"size": str(n)},
                price=Money(amount=price, currency="USD"),
                stock=stock,
            )
            for n in range(1, variants + 1)
        ],
    )
