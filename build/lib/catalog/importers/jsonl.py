"""Our own JSON Lines format: one Product per line as `Product.model_dump_json()` writes it.

Hand-written files may give a price as "19.99 USD"; blank lines and '#' comments are skipped.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from catalog.importers.images import normalise_image
from catalog.importers.rows import ReadResult, RowError
from catalog.importers.values import FieldError, parse_price, validation_reason
from catalog.model import Product

_MONEY_FIELDS = ("price", "compare_at_price")


def read_jsonl(path: Path, default_currency: str) -> Iterator[ReadResult]:
    base_dir = path.parent.resolve()
    with path.open(encoding="utf-8-sig") as handle:
        for line, text in enumerate(handle, start=1):
            stripped = text.strip()
            if not stripped or stripped.startswith("#"):
                continue
            result = _read_line(stripped, line, base_dir, default_currency)
            if isinstance(result, RowError) and not text.endswith("\n") and _cut_off(stripped):
                reason = f"the file ends in the middle of a line ({result.reason})"
                result = RowError(line, reason, result.item_id, fatal=True)
            yield result


def _cut_off(text: str) -> bool:
    """A last line without its newline that is not whole JSON: the upload was truncated."""
    try:
        json.loads(text)
    except json.JSONDecodeError:
        return True
    return False


def _read_line(text: str, line: int, base_dir: Path, default_currency: str) -> ReadResult:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return RowError(line, f"not valid JSON: {exc.msg} (column {exc.colno})")
    if not isinstance(data, dict):
        return RowError(line, f"expected a JSON object, got {type(data).__name__}")
    product_id = data.get("id") if isinstance(data.get("id"), str) else None
    try:
        _read_prices(data, default_currency)
        product = Product.model_validate(data)
    except FieldError as exc:
        return RowError(line, str(exc), product_id)
    except ValidationError as exc:
        return RowError(line, validation_reason(exc), product_id)
    images = [normalise_image(ref, base_dir, line) for ref in product.images]
    updates: dict[str, Any] = {"images": [image for image in images if image]}
    variants = [
        v.model_copy(update={"image": normalise_image(v.image, base_dir, line)}) if v.image else v
        for v in product.variants
    ]
    updates["variants"] = variants
    return line, product.model_copy(update=updates)


def _read_prices(data: dict[str, Any], default_currency: str) -> None:
    """Turn hand-written prices ('19.99 USD') into Money objects, in place."""
    variants = data.get("variants")
    if not isinstance(variants, list):
        return
    for index, variant in enumerate(variants):
        if not isinstance(variant, dict):
            continue
        for name in _MONEY_FIELDS:
            value = variant.get(name)
            where = f"variants.{index}.{name}"
            if isinstance(value, str):
                variant[name] = parse_price(value, where, default_currency).model_dump()
            elif isinstance(value, int | float) and not isinstance(value, bool):
                raise FieldError(
                    f'{where} {value!r} is a bare number; write {{"amount": 1999, '
                    f'"currency": "USD"}} or "19.99 USD"'
                )
