"""τ-bench's retail catalog converts to our JSONL and imports back unchanged."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from bench.tau_retail import DEFAULT_SOURCE, convert, main
from catalog.importers import RowError, read_catalog
from catalog.model import Product

pytestmark = pytest.mark.skipif(
    not DEFAULT_SOURCE.exists(), reason=f"shared benchmark missing: {DEFAULT_SOURCE}"
)


def test_converts_every_product_and_variant_with_options() -> None:
    products = list(convert(DEFAULT_SOURCE))
    assert len(products) == 50
    assert sum(len(p.variants) for p in products) == 591
    source = json.loads(DEFAULT_SOURCE.read_text())
    raw = source["9523456873"]["variants"]["9612497925"]
    shirt = next(p for p in products if p.id == "9523456873")
    variant = shirt.variant("9612497925")
    assert variant is not None
    assert variant.options == raw["options"]
    assert variant.price.amount == int(Decimal(str(raw["price"])) * 100)
    assert shirt.option_values("size")
    assert any(not v.available for p in products for v in p.variants)


def test_written_jsonl_imports_back_identically(tmp_path: Path) -> None:
    out = tmp_path / "tau.jsonl"
    main([str(out)])
    entries = list(read_catalog(out))
    assert not [e for e in entries if isinstance(e, RowError)]
    imported: list[Product] = [e for e in entries if isinstance(e, Product)]
    assert imported == list(convert(DEFAULT_SOURCE))
