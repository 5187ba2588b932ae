"""Stored products are validated once per content and stock, and a stock change is never missed."""

from __future__ import annotations

from aisle.money import Money
from catalog.model import Product, Variant
from catalog.payload import product_from_payload, product_payload, stock_payload


def _product(stock: int) -> Product:
    variant = Variant(id="MUG-1", price=Money(amount=900, currency="USD"), stock=stock)
    return Product(id="mug", title="Enamel Mug", variants=[variant])


def test_the_same_payload_gives_the_same_validated_product() -> None:
    payload = product_payload(_product(5))
    assert product_from_payload(payload) is product_from_payload(dict(payload))


def test_a_stock_change_with_the_same_content_hash_is_seen() -> None:
    payload = product_payload(_product(5))
    assert product_from_payload(payload).variants[0].stock == 5
    sold_out = payload | stock_payload(_product(0))  # what `set_stock` writes; the hash stays
    assert sold_out["content_hash"] == payload["content_hash"]
    assert product_from_payload(sold_out).variants[0].stock == 0
    assert not product_from_payload(sold_out).in_stock
