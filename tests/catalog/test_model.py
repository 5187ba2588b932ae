import pytest
from pydantic import ValidationError

from aisle.money import Money
from catalog.model import Product, StockLevel, Variant, point_id


def _variant(vid: str, amount: int, currency: str = "USD", **kw: object) -> Variant:
    return Variant(id=vid, price=Money(amount=amount, currency=currency), **kw)  # type: ignore[arg-type]


def test_product_needs_a_variant_and_one_currency() -> None:
    with pytest.raises(ValidationError):
        Product(id="p", title="T", variants=[])
    with pytest.raises(ValidationError, match="currencies"):
        Product(id="p", title="T", variants=[_variant("a", 100), _variant("b", 100, "EUR")])
    with pytest.raises(ValidationError, match="duplicate"):
        Product(id="p", title="T", variants=[_variant("a", 100), _variant("a", 200)])


def test_stock_and_price_views() -> None:
    product = Product(
        id="tee",
        title="Tee",
        variants=[
            _variant("tee-red-m", 2500, stock=0, options={"color": "red", "size": "M"}),
            _variant("tee-blue-m", 2200, stock=4, options={"color": "blue", "size": "M"}),
        ],
    )
    assert product.min_price == Money(amount=2200, currency="USD")
    assert product.in_stock
    assert not product.variants[0].in_stock
    assert product.option_values("size") == ["M"]
    assert product.variant("tee-blue-m") is product.variants[1]


def test_with_stock_changes_only_the_variants_named() -> None:
    product = Product(
        id="tee", title="Tee", variants=[_variant("a", 100, stock=1), _variant("b", 100, stock=2)]
    )
    sold_out = product.with_stock(
        {"a": StockLevel(stock=0, available=True), "zz": StockLevel(9, True)}
    )
    assert [(v.stock, v.in_stock) for v in sold_out.variants] == [(0, False), (2, True)]
    assert product.variants[0].stock == 1  # a copy, the original is untouched
    assert not product.with_stock(
        {"b": StockLevel(stock=None, available=False), "a": StockLevel(0, True)}
    ).in_stock


def test_point_ids_are_stable_and_distinct() -> None:
    assert point_id("B0007SMLUM") == point_id("B0007SMLUM")
    assert point_id("a") != point_id("b")


def test_content_hash_changes_with_price() -> None:
    a = Product(id="p", title="T", variants=[_variant("v", 100)])
    b = Product(id="p", title="T", variants=[_variant("v", 101)])
    assert a.content_hash() == a.model_copy().content_hash()
    assert a.content_hash() != b.content_hash()
